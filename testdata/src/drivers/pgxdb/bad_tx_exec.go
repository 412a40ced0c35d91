package pgxdb

// pgx.Tx from pool.Begin: tx.Exec deletes by the path id alone.

import "net/http"

func (s *server) badTxExec(w http.ResponseWriter, r *http.Request) {
	tx, err := s.pool.Begin(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	if _, err := tx.Exec(r.Context(), `DELETE FROM notes WHERE id = $1`, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(pgx\.Tx\)\.Exec`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if err := tx.Commit(r.Context()); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
