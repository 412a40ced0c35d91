package sqlcdb

// store.(*Queries).GetNote(ctx, id): the generated query selects by id
// alone.

import (
	"net/http"
	"strconv"
)

func (s *server) badGetNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.q.GetNote(r.Context(), id) // want `path parameter "id" reaches store\.\(\*Queries\)\.GetNote → \(store\.DBTX\)\.QueryRow with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
