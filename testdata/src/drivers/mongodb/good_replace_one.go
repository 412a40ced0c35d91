package mongodb

// ReplaceOne with a filter on _id and owner.

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) goodReplaceOne(w http.ResponseWriter, r *http.Request) {
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
	if _, err := s.notes.ReplaceOne(r.Context(), bson.M{"_id": oid, "owner": authjwt.Subject(r.Context())}, n); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
