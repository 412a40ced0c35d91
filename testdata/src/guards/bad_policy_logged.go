package guards

// The in-package policy is asked about the subject and the note, but its
// answer is only logged.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badPolicyLogged(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	allowed := s.policy.Enforce(authjwt.Subject(r.Context()), id, "read")
	log.Printf("read note %s allowed=%v", id, allowed)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
