package gormdb

// Where("id = ?", id).First(&n): the chain filters by the id alone.

import "net/http"

func (s *server) badWhereFirst(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.Where("id = ?", r.PathValue("id")).First(&n).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.First`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
