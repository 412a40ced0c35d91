package pgxdb

// pgx.Tx: tx.QueryRow by the path id alone.

import "net/http"

func (s *server) badTxQueryRow(w http.ResponseWriter, r *http.Request) {
	tx, err := s.pool.Begin(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	var n note
	if err := tx.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(pgx\.Tx\)\.QueryRow`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
