package gormdb

// Model(&note{}).Where("id = ?", id).Updates(...): any note is changed.

import "net/http"

func (s *server) badModelUpdates(w http.ResponseWriter, r *http.Request) {
	if err := s.db.Model(&note{}).Where("id = ?", r.PathValue("id")).Updates(map[string]any{"body": r.FormValue("body")}).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Updates`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
