package handlers

// A closure returned by a constructor and registered as s.c() loads the path
// id with no check against the subject it reads.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badConstructor() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sub := authjwt.Subject(r.Context())
		log.Printf("%s reads note %s", sub, r.PathValue("id"))
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		writeJSON(w, n)
	}
}
