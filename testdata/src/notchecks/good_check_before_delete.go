package notchecks

// The same comparison made before the DELETE.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodCheckBeforeDelete(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE owner_id = $1`, id); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
