package gorm_error_return

// touch returns gorm's .Error; its success says nothing about the caller,
// so the delete by the same path id that follows is still unchecked.

import "net/http"

func (r *repo) touch(id uint) error {
	return r.db.Model(&note{}).Where("id = ?", id).Update("body", "seen").Error
}

func (s *server) badWriteAfterErrorHelper(w http.ResponseWriter, r *http.Request) {
	id := pathID(r)
	if err := s.notes.touch(id); err != nil { // want `path parameter "id" reaches .*\(\*gorm\.DB\)\.Update with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err := s.notes.db.Delete(&note{}, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
