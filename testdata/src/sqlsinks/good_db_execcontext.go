package sqlsinks

// (*sql.DB).ExecContext deletes the path id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodDBExecContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
