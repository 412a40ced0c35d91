package directives

// The directive stands above a statement that spans several lines; the
// finding is on a later line of it.

import (
	"database/sql"
	"net/http"
)

func (s *server) goodIgnoreStatement(w http.ResponseWriter, r *http.Request) {
	//bola:ignore notes are capability links: the id is an unguessable token
	results := []error{
		nil,
		s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Err(),
	}
	if results[1] == sql.ErrNoRows {
		http.NotFound(w, r)
	}
}
