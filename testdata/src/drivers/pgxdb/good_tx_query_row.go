package pgxdb

// pgx.Tx: tx.QueryRow scoped by AND owner_id = $2.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodTxQueryRow(w http.ResponseWriter, r *http.Request) {
	tx, err := s.pool.Begin(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	var n note
	if err := tx.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
