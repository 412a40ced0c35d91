package nethttp

// The r.FormValue id is deleted only among the caller's notes.

import (
	"net/http"

	"authjwt"
)

func (s *Server) goodFormValue(w http.ResponseWriter, r *http.Request) {
	if _, err := s.DB.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, r.FormValue("id"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
