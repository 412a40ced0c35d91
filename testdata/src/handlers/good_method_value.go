package handlers

// A method value stored in a variable, then registered loads the path id
// with a query scoped to the subject.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) goodMethodValue(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	log.Printf("%s reads note %s", sub, r.PathValue("id"))
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
