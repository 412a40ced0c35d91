package sqlsinks

// (*sql.Tx).QueryContext lists the path id with no check.

import "net/http"

func (s *server) badTxQueryContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer func() { _ = tx.Rollback() }()
	rows, err := tx.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id) // want `path parameter "id" reaches \(\*sql\.Tx\)\.QueryContext with no check against the JWT subject`
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		if err := rows.Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		out = append(out, n)
	}
	if err := tx.Commit(); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, out)
}
