package notchecks

// The comparison is made after the DELETE has run.

import (
	"net/http"

	"authjwt"
)

func (s *server) badCheckAfterDelete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE owner_id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	if id != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
