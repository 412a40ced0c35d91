package sqlsinks

// (*sql.DB).QueryRowContext loads the path id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodDBQueryRowContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
