package mongov1

// FindOne(bson.M{"_id": oid}): the path id alone selects the document.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
)

func (s *server) badFindOne(w http.ResponseWriter, r *http.Request) {
	oid, err := primitive.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOne(r.Context(), bson.M{"_id": oid}).Decode(&n); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.FindOne with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
