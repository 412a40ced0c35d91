package guards

// The requireOwner helper compares, but its error is only logged.

import (
	"log"
	"net/http"
)

func (s *server) badHelperErrorLogged(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := requireOwner(r.Context(), id); err != nil {
		log.Printf("user %s: %v", id, err)
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
