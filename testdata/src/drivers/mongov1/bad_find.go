package mongov1

// Find(bson.M{"project": pid}): every note of any project.

import (
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
)

func (s *server) badFind(w http.ResponseWriter, r *http.Request) {
	cur, err := s.notes.Find(r.Context(), bson.M{"project": r.PathValue("pid")}) // want `path parameter "pid" reaches \(\*mongo\.Collection\)\.Find`
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
