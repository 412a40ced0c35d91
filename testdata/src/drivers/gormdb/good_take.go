package gormdb

// Take(&n, "id = ? AND owner_id = ?", id, sub): the inline condition is
// scoped.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodTake(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.Take(&n, "id = ? AND owner_id = ?", r.PathValue("id"), authjwt.Subject(r.Context())).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
