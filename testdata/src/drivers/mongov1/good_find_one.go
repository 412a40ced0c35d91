package mongov1

// FindOne(bson.M{"_id": oid, "owner": sub}): the filter holds the subject.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
)

func (s *server) goodFindOne(w http.ResponseWriter, r *http.Request) {
	oid, err := primitive.ObjectIDFromHex(r.PathValue("id"))
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
