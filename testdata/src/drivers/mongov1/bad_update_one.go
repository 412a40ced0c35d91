package mongov1

// UpdateOne with a filter on _id alone.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
)

func (s *server) badUpdateOne(w http.ResponseWriter, r *http.Request) {
	oid, err := primitive.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := s.notes.UpdateOne(r.Context(), bson.M{"_id": oid}, bson.M{"$set": bson.M{"body": r.FormValue("body")}}); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.UpdateOne`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
