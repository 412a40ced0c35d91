package gormdb

// Where("owner_id = ?", sub).First(&n, id): the chain is scoped.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodFirstInline(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	sub := authjwt.Subject(r.Context())
	var n note
	if err := s.db.Where("owner_id = ?", sub).First(&n, id).Error; err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
