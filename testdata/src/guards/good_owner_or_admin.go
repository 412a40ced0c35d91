package guards

// Admin-or-owner: sub != id && role != "admin" → 403 return; the role test
// is a positive grant.

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
	if claims.Subject != id && claims.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
