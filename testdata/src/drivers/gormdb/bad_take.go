package gormdb

// Take(&n, "id = ?", id): an inline SQL condition on the id alone.

import "net/http"

func (s *server) badTake(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.Take(&n, "id = ?", r.PathValue("id")).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Take`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
