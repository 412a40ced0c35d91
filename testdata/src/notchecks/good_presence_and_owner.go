package notchecks

// The presence test is followed by a scoped query.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPresenceAndOwner(w http.ResponseWriter, r *http.Request) {
	sub := authjwt.Subject(r.Context())
	if sub == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
