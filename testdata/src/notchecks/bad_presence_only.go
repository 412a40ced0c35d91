package notchecks

// The subject is only tested for presence (sub == "" → 401); any caller
// reads any note.

import (
	"net/http"

	"authjwt"
)

func (s *server) badPresenceOnly(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if sub == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
