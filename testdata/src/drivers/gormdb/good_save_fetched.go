package gormdb

// The fetched note's owner is compared with the subject before anything
// is written or saved.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodSaveFetched(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	var n note
	if err := s.db.First(&n, id).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	n.Body = r.FormValue("body")
	if err := s.db.Save(&n).Error; err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, n)
}
