package mongodb

// FindOneAndUpdate archives any note by _id and returns it.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) badFindOneAndUpdate(w http.ResponseWriter, r *http.Request) {
	oid, err := bson.ObjectIDFromHex(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	if err := s.notes.FindOneAndUpdate(r.Context(), bson.M{"_id": oid}, bson.M{"$set": bson.M{"archived": true}}).Decode(&n); err != nil { // want `path parameter "id" reaches \(\*mongo\.Collection\)\.FindOneAndUpdate`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
