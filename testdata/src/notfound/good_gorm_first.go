package notfound

// gorm.ErrRecordNotFound answers 404.

import (
	"errors"
	"net/http"

	"gorm.io/gorm"
)

func (s *server) goodGormFirst(w http.ResponseWriter, r *http.Request) {
	var n note
	err := s.gdb.Where("owner_id = ?", sub(r)).First(&n, r.PathValue("id")).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
