package flow

// The path id is normalised on both branches of an if/else (a phi) and the
// merged value is loaded with no check.

import (
	"net/http"
	"strings"
)

func (s *server) badPhi(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var key string
	if strings.HasPrefix(id, "n-") {
		key = strings.TrimPrefix(id, "n-")
	} else {
		key = strings.ToLower(id)
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE slug = $1`, key).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
