package authn

// Registered without middleware, reads the subject, and scopes the query
// with it.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) goodReadsSubject(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	log.Printf("note read by %s", sub)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
