package notfound

// mongo.ErrNoDocuments answers 404.

import (
	"errors"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

func (s *server) goodMongoDecode(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.notes.FindOne(r.Context(), bson.M{"_id": r.PathValue("id"), "owner": sub(r)}).Decode(&n); errors.Is(err, mongo.ErrNoDocuments) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	} else if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
