package mongov1

// The subject is under $set (editor) and in the filter (owner).

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
)

func (s *server) goodUpdateSetEditor(w http.ResponseWriter, r *http.Request) {
	oid, err := primitive.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	sub := authjwt.Subject(r.Context())
	if _, err := s.notes.UpdateOne(r.Context(), bson.M{"_id": oid, "owner": sub}, bson.M{"$set": bson.M{"body": r.FormValue("body"), "editor": sub}}); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
