package helper_fetch_compare

// The helper compares the owner but succeeds either way.

import (
	"net/http"

	"authjwt"
)

func (s *server) deleteNotDecided(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := s.ownerOf(r.Context(), id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM documents WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
