package pgxdb

// (*pgxpool.Pool).Exec scoped by AND owner_id = $3.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPoolExec(w http.ResponseWriter, r *http.Request) {
	if _, err := s.pool.Exec(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2 AND owner_id = $3`, r.FormValue("body"), r.PathValue("id"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
