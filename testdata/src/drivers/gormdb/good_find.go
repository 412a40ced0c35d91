package gormdb

// Find(&ns, "project_id = ? AND owner_id = ?", pid, sub): scoped.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodFind(w http.ResponseWriter, r *http.Request) {
	var ns []note
	if err := s.db.Find(&ns, "project_id = ? AND owner_id = ?", r.PathValue("pid"), authjwt.Subject(r.Context())).Error; err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, ns)
}
