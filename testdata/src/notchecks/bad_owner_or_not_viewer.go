package notchecks

// owner == sub || role != "viewer": every non-viewer gets through whatever
// the id, so the || is no check.

import (
	"net/http"

	"authjwt"
)

func (s *server) badOwnerOrNotViewer(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	claims, ok := authjwt.FromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if id == claims.Subject || claims.Role != "viewer" {
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		writeJSON(w, n)
		return
	}
	http.Error(w, "forbidden", http.StatusForbidden)
}
