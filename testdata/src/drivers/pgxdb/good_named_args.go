package pgxdb

// pgx.NamedArgs: the query is scoped by @owner bound to the subject.

import (
	"net/http"

	"authjwt"

	"github.com/jackc/pgx/v5"
)

func (s *server) goodNamedArgs(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.pool.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = @id AND owner_id = @owner`, pgx.NamedArgs{"id": r.PathValue("id"), "owner": authjwt.Subject(r.Context())}).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
