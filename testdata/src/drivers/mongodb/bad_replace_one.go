package mongodb

// ReplaceOne overwrites any note selected by _id.

import (
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) badReplaceOne(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if _, err := s.notes.ReplaceOne(r.Context(), bson.M{"_id": oid}, n); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.ReplaceOne`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
