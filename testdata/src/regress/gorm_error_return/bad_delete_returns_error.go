package gorm_error_return

// deleteNote is `return db.Delete(&note{}, id).Error`: the path id deletes
// any caller's note; the helper's plain error return is no check.

import "net/http"

func (s *server) badDeleteReturnsError(w http.ResponseWriter, r *http.Request) {
	if err := s.notes.deleteNote(pathID(r)); err != nil { // want `path parameter "id" reaches .*\(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
