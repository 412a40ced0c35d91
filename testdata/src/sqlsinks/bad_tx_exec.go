package sqlsinks

// (*sql.Tx).Exec deletes the path id with no check.

import "net/http"

func (s *server) badTxExec(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	tx, err := s.db.BeginTx(r.Context(), nil)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.Exec(`DELETE FROM notes WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.Tx\)\.Exec with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	if err := tx.Commit(); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
