package gormdb

// Last(&n, id) by the path id alone.

import (
	"net/http"
	"strconv"
)

func (s *server) badLast(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseUint(r.PathValue("id"), 10, 64)
	var n note
	if err := s.db.Last(&n, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Last`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
