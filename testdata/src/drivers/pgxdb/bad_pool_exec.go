package pgxdb

// (*pgxpool.Pool).Exec updates by the path id alone.

import "net/http"

func (s *server) badPoolExec(w http.ResponseWriter, r *http.Request) {
	if _, err := s.pool.Exec(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2`, r.FormValue("body"), r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*pgxpool\.Pool\)\.Exec`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
