package notfound

// Find into one struct returns no error when nothing matches; the handler
// checks only the error.

import "net/http"

func (s *server) badGormFindStruct(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.gdb.Where("id = ? AND owner_id = ?", r.PathValue("id"), sub(r)).Find(&n).Error; err != nil { // want `\(\*gorm\.DB\)\.Find into one object answers success when nothing matches: RowsAffected is not checked`
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
