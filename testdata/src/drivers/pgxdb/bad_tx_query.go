package pgxdb

// pgx.Tx: tx.Query lists every note of the path project.

import "net/http"

func (s *server) badTxQuery(w http.ResponseWriter, r *http.Request) {
	tx, err := s.pool.Begin(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	rows, err := tx.Query(r.Context(), `SELECT id, owner_id, body FROM notes WHERE project_id = $1`, r.PathValue("pid")) // want `path parameter "pid" reaches \(pgx\.Tx\)\.Query`
	writeNotes(w, rows, err)
}
