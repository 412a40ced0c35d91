package pgxdb

// (*pgxpool.Pool).Query lists every note of the path project.

import "net/http"

func (s *server) badPoolQuery(w http.ResponseWriter, r *http.Request) {
	rows, err := s.pool.Query(r.Context(), `SELECT id, owner_id, body FROM notes WHERE project_id = $1`, r.PathValue("pid")) // want `path parameter "pid" reaches \(\*pgxpool\.Pool\)\.Query`
	writeNotes(w, rows, err)
}
