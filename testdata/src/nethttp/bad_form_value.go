package nethttp

// The note id comes from r.FormValue and is deleted with no check.

import "net/http"

func (s *Server) badFormValue(w http.ResponseWriter, r *http.Request) {
	if _, err := s.DB.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, r.FormValue("id")); err != nil { // want `form value "id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
