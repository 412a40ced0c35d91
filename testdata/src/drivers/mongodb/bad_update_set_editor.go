package mongodb

// The subject is only under $set (editor): it is written, it filters
// nothing.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) badUpdateSetEditor(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	sub := authjwt.Subject(r.Context())
	if _, err := s.notes.UpdateOne(r.Context(), bson.M{"_id": oid}, bson.M{"$set": bson.M{"body": r.FormValue("body"), "editor": sub}}); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.UpdateOne`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
