package notchecks

// The comparison of the path id with the subject is only logged.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badCompareLogged(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	log.Printf("user %s reads own notes: %v", id, id == authjwt.Subject(r.Context()))
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
