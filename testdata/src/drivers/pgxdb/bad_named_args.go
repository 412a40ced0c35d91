package pgxdb

// pgx.NamedArgs: @id is bound from the path id alone.

import (
	"net/http"

	"github.com/jackc/pgx/v5"
)

func (s *server) badNamedArgs(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.pool.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = @id`, pgx.NamedArgs{"id": r.PathValue("id")}).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*pgxpool\.Pool\)\.QueryRow`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
