package gormdb

// The note is fetched by path id and saved back changed: both the read and
// the write touch a foreign note.

import (
	"net/http"
	"strconv"
)

func (s *server) badSaveFetched(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var n note
	if err := s.db.First(&n, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.First`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	n.Body = r.FormValue("body")
	if err := s.db.Save(&n).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Save`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, n)
}
