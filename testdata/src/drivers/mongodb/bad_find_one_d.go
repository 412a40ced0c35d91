package mongodb

// FindOne with an ordered bson.D filter on _id alone.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) badFindOneD(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOne(r.Context(), bson.D{{Key: "_id", Value: oid}}).Decode(&n); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.FindOne`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
