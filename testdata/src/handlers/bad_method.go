package handlers

// A method handler registered as s.m loads the path id with no check against
// the subject it reads.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badMethod(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	log.Printf("%s reads note %s", sub, r.PathValue("id"))
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
