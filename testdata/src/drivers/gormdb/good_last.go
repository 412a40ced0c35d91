package gormdb

// Where("owner_id = ?", sub).Last(&n, id): scoped.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodLast(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.ParseUint(r.PathValue("id"), 10, 64)
	var n note
	if err := s.db.Where("owner_id = ?", authjwt.Subject(r.Context())).Last(&n, id).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
