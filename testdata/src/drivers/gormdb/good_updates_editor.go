package gormdb

// The subject is written as editor_id and also scopes the WHERE.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodUpdatesEditor(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if err := s.db.Model(&note{}).Where("id = ? AND owner_id = ?", r.PathValue("id"), sub).Updates(map[string]any{"body": r.FormValue("body"), "editor_id": sub}).Error; err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
