package gormdb

// A public route: no middleware, no subject read. Nothing to report.

import "net/http"

func (s *server) goodPublic(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.Where("public").First(&n, r.PathValue("id")).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
