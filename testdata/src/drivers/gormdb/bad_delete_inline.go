package gormdb

// Delete(&note{}, id): deletes any note by primary key.

import (
	"net/http"
	"strconv"
)

func (s *server) badDeleteInline(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	if err := s.db.Delete(&note{}, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
