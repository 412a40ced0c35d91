package notfound

// gorm's First reports gorm.ErrRecordNotFound in .Error, which is never
// looked at.

import "net/http"

func (s *server) badGormFirst(w http.ResponseWriter, r *http.Request) {
	var n note
	s.gdb.Where("owner_id = ?", sub(r)).First(&n, r.PathValue("id")) // want `gorm\.ErrRecordNotFound from \(\*gorm\.DB\)\.First`
	writeJSON(w, http.StatusOK, n)
}
