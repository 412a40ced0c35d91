package pgxdb

// pgx.Tx from pool.Begin: tx.Exec scoped by AND owner_id = $2.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodTxExec(w http.ResponseWriter, r *http.Request) {
	tx, err := s.pool.Begin(r.Context())
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(r.Context())
	if _, err := tx.Exec(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if err := tx.Commit(r.Context()); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
