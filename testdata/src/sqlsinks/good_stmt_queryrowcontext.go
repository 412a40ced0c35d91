package sqlsinks

// A statement prepared with WHERE id = $1 AND owner_id = $2 runs with the
// path id and the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodStmtQueryRowContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	stmt, err := s.db.PrepareContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer stmt.Close()
	var n note
	if err := stmt.QueryRowContext(r.Context(), id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
