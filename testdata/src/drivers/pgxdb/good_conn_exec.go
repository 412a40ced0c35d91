package pgxdb

// (*pgx.Conn).Exec scoped by AND owner_id = $2.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodConnExec(w http.ResponseWriter, r *http.Request) {
	if _, err := s.conn.Exec(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
