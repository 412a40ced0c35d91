package gormdb

// The subject appears only as a value written (editor_id in Updates): it
// constrains nothing, the UPDATE hits any note by id.

import (
	"net/http"

	"authjwt"
)

func (s *server) badUpdatesEditor(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if err := s.db.Model(&note{}).Where("id = ?", r.PathValue("id")).Updates(map[string]any{"body": r.FormValue("body"), "editor_id": sub}).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Updates`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
