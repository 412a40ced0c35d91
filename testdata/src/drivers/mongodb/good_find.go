package mongodb

// Find(bson.M{"project": pid, "owner": sub}): scoped.

import (
	"net/http"

	"authjwt"

	"go.mongodb.org/mongo-driver/v2/bson"
)

func (s *server) goodFind(w http.ResponseWriter, r *http.Request) {
	cur, err := s.notes.Find(r.Context(), bson.M{"project": r.PathValue("pid"), "owner": authjwt.Subject(r.Context())})
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	var ns []note
	if err := cur.All(r.Context(), &ns); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, ns)
}
