package mongodb

// FindOne(bson.M{"_id": oid, "owner": sub}): the filter holds the subject.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) goodFindOne(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOne(r.Context(), bson.M{"_id": oid, "owner": authjwt.Subject(r.Context())}).Decode(&n); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
