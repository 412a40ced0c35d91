package gormdb

// Where("owner_id = ?", sub).Delete(&note{}, id): scoped.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodDeleteInline(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	if err := s.db.Where("owner_id = ?", authjwt.Subject(r.Context())).Delete(&note{}, id).Error; err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
