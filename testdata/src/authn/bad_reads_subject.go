package authn

// Registered without middleware, but the handler reads the JWT subject (for
// an audit line): it is authenticated, and the path id is not checked.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badReadsSubject(w http.ResponseWriter, r *http.Request) {
	log.Printf("note read by %s", authjwt.Subject(r.Context()))
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
