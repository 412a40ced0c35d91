package pgxdb

// (*pgxpool.Pool).QueryRow scoped by AND owner_id = $2.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPoolQueryRow(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.pool.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
