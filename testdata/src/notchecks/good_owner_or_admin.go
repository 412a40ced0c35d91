package notchecks

// owner == sub || role == "admin": each alternative is a check or a
// positive grant.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodOwnerOrAdmin(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	claims, ok := authjwt.FromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if id == claims.Subject || claims.Role == "admin" {
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
		writeJSON(w, n)
		return
	}
	http.Error(w, "forbidden", http.StatusForbidden)
}
