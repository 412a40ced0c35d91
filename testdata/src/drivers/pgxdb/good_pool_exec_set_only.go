package pgxdb

// The subject is written (updated_by = $2) and also scopes the WHERE.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPoolExecSetOnly(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if _, err := s.pool.Exec(r.Context(), `UPDATE notes SET body = $1, updated_by = $2 WHERE id = $3 AND owner_id = $2`, r.FormValue("body"), sub, r.PathValue("id")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
