package gormdb

// First(&n, id) with the path id as inline condition: no scope.

import (
	"net/http"
	"strconv"
)

func (s *server) badFirstInline(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var n note
	if err := s.db.First(&n, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.First with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
