package notfound

// Find into a slice: an empty list is a fine answer.

import "net/http"

func (s *server) goodGormFindList(w http.ResponseWriter, r *http.Request) {
	var ns []note
	s.gdb.Where("owner_id = ?", sub(r)).Find(&ns)
	writeJSON(w, http.StatusOK, ns)
}
