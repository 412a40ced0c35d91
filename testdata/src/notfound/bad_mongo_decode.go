package notfound

// FindOne(...).Decode's mongo.ErrNoDocuments is discarded.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) badMongoDecode(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.notes.FindOne(r.Context(), bson.M{"_id": r.PathValue("id"), "owner": sub(r)}).Decode(&n) // want `mongo\.ErrNoDocuments from \(\*mongo\.Collection\)\.FindOne`
	writeJSON(w, http.StatusOK, n)
}
