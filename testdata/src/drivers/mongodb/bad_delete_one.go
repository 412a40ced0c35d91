package mongodb

// DeleteOne with a filter on _id alone.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) badDeleteOne(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := s.notes.DeleteOne(r.Context(), bson.M{"_id": oid}); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.DeleteOne`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
