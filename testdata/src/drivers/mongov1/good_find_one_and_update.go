package mongov1

// FindOneAndUpdate with a filter on _id and owner.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
)

func (s *server) goodFindOneAndUpdate(w http.ResponseWriter, r *http.Request) {
	oid, err := primitive.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOneAndUpdate(r.Context(), bson.M{"_id": oid, "owner": authjwt.Subject(r.Context())}, bson.M{"$set": bson.M{"archived": true}}).Decode(&n); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
