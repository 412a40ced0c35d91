package notchecks

// authorize receives the subject and the id but never tests them: it
// always returns nil, so the handler's err != nil branch never runs.

import (
	"context"
	"log"
	"net/http"

	"authjwt"
)

func authorize(ctx context.Context, sub, id string) error {
	log.Printf("%s accesses %s", sub, id)
	return nil
}

func (s *server) badHelperNeverTests(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := authorize(r.Context(), authjwt.Subject(r.Context()), id); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
