package guards

// The owns helper compares, but its result only decides a log line.

import (
	"log"
	"net/http"
)

func (s *server) badBoolHelperLogged(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !owns(r.Context(), id) {
		log.Printf("foreign read of user %s", id)
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
