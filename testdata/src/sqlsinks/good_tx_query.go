package sqlsinks

// (*sql.Tx).Query lists the path id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodTxQuery(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer func() { _ = tx.Rollback() }()
	rows, err := tx.Query(`SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context()))
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
