package pgxdb

// (*pgx.Conn).Exec deletes by the path id alone.

import "net/http"

func (s *server) badConnExec(w http.ResponseWriter, r *http.Request) {
	if _, err := s.conn.Exec(r.Context(), `DELETE FROM notes WHERE id = $1`, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*pgx\.Conn\)\.Exec`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
