package mongodb

// FindOneAndUpdate with a filter on _id and owner.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) goodFindOneAndUpdate(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
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
