package gormdb

// First(&n, id) with no scope at all (the good twin adds
// Scopes(ownedBy(sub))).

import (
	"net/http"
	"strconv"
)

func (s *server) badScopes(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var n note
	if err := s.db.First(&n, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.First`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
