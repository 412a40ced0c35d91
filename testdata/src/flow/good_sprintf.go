package flow

// The Sprintf'd key is loaded by a query scoped to the JWT subject.

import (
	"fmt"
	"net/http"

	"authjwt"
)

func (s *server) goodSprintf(w http.ResponseWriter, r *http.Request) {
	key := fmt.Sprintf("note-%s", r.PathValue("slug"))
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE slug = $1 AND owner_id = $2`, key, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
