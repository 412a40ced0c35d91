package sqlsinks

// (*sql.Tx).QueryRowContext loads the path id with no check.

import "net/http"

func (s *server) badTxQueryRowContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer func() { _ = tx.Rollback() }()
	var n note
	if err := tx.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.Tx\)\.QueryRowContext with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err := tx.Commit(); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, n)
}
