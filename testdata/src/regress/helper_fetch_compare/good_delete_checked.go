package helper_fetch_compare

// The helper settles that the caller owns the document before it is
// deleted.

import (
	"net/http"

	"authjwt"
)

func (s *server) deleteChecked(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := s.requireOwner(r.Context(), id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM documents WHERE id = $1`, id); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
