package mongodb

// A public route: no middleware, no subject read. Nothing to report.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) goodPublic(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOne(r.Context(), bson.M{"_id": oid, "public": true}).Decode(&n); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
