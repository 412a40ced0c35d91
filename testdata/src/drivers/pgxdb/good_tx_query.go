package pgxdb

// pgx.Tx: tx.Query scoped by AND owner_id = $2.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodTxQuery(w http.ResponseWriter, r *http.Request) {
	tx, err := s.pool.Begin(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	rows, err := tx.Query(r.Context(), `SELECT id, owner_id, body FROM notes WHERE project_id = $1 AND owner_id = $2`, r.PathValue("pid"), authjwt.Subject(r.Context()))
	writeNotes(w, rows, err)
}
