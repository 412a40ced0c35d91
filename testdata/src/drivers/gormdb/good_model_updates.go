package gormdb

// Model(&note{}).Where("id = ? AND owner_id = ?", id, sub).Updates(...):
// scoped.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodModelUpdates(w http.ResponseWriter, r *http.Request) {
	if err := s.db.Model(&note{}).Where("id = ? AND owner_id = ?", r.PathValue("id"), authjwt.Subject(r.Context())).Updates(map[string]any{"body": r.FormValue("body")}).Error; err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
