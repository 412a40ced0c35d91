package sqlsinks

// (*sql.Conn).ExecContext deletes the path id with no check.

import "net/http"

func (s *server) badConnExecContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	conn, err := s.db.Conn(r.Context())
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	if _, err := conn.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.Conn\)\.ExecContext with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
