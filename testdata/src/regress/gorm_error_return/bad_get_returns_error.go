package gorm_error_return

// getNote is `err := db.First(&n, id).Error; return &n, err`: any caller's
// note is loaded by the path id and written out.

import "net/http"

func (s *server) badGetReturnsError(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.getNote(pathID(r)) // want `path parameter "id" reaches .*\(\*gorm\.DB\)\.First with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
