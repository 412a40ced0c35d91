package notfound

// Find into one struct, with RowsAffected checked.

import "net/http"

func (s *server) goodGormFindRows(w http.ResponseWriter, r *http.Request) {
	var n note
	res := s.gdb.Where("id = ? AND owner_id = ?", r.PathValue("id"), sub(r)).Find(&n)
	if res.Error != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if res.RowsAffected == 0 {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
