package sqlsinks

// (*sql.Conn).ExecContext deletes the path id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodConnExecContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	conn, err := s.db.Conn(r.Context())
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	if _, err := conn.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
