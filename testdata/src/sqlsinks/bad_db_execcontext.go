package sqlsinks

// (*sql.DB).ExecContext deletes the path id with no check.

import "net/http"

func (s *server) badDBExecContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
