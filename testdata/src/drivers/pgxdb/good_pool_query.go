package pgxdb

// (*pgxpool.Pool).Query scoped by AND owner_id = $2.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPoolQuery(w http.ResponseWriter, r *http.Request) {
	rows, err := s.pool.Query(r.Context(), `SELECT id, owner_id, body FROM notes WHERE project_id = $1 AND owner_id = $2`, r.PathValue("pid"), authjwt.Subject(r.Context()))
	writeNotes(w, rows, err)
}
