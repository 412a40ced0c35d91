package mongodb

// FindOne with a bson.D filter on _id and owner.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) goodFindOneD(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOne(r.Context(), bson.D{{Key: "_id", Value: oid}, {Key: "owner", Value: authjwt.Subject(r.Context())}}).Decode(&n); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
