package notchecks

// authorizeSelf receives the subject and the id and compares them.

import (
	"context"
	"log"
	"net/http"

	"authjwt"
)

func authorizeSelf(ctx context.Context, sub, id string) error {
	log.Printf("%s accesses %s", sub, id)
	if sub != id {
		return errDenied
	}
	return nil
}

func (s *server) goodHelperTests(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := authorizeSelf(r.Context(), authjwt.Subject(r.Context()), id); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
