package gormdb

// Where("id = ? AND owner_id = ?", id, sub).First(&n): scoped.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodWhereFirst(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.Where("id = ? AND owner_id = ?", r.PathValue("id"), authjwt.Subject(r.Context())).First(&n).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
