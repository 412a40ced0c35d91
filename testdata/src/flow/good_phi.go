package flow

// The merged (phi) key is loaded by a query scoped to the JWT subject.

import (
	"net/http"
	"strings"

	"authjwt"
)

func (s *server) goodPhi(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var key string
	if strings.HasPrefix(id, "n-") {
		key = strings.TrimPrefix(id, "n-")
	} else {
		key = strings.ToLower(id)
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE slug = $1 AND owner_id = $2`, key, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
