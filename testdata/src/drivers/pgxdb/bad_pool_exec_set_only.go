package pgxdb

// The subject is only written (SET updated_by = $2): it scopes nothing.

import (
	"net/http"

	"authjwt"
)

func (s *server) badPoolExecSetOnly(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if _, err := s.pool.Exec(r.Context(), `UPDATE notes SET body = $1, updated_by = $2 WHERE id = $3`, r.FormValue("body"), sub, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*pgxpool\.Pool\)\.Exec`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
