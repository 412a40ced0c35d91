package guards

// Owner-or-role written with a negative role: every caller who is not a
// guest gets through, whatever the id (SPEC: no check).

import (
	"net/http"

	"authjwt"
)

func (s *server) badOwnerOrNotGuest(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	claims, ok := authjwt.FromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if claims.Subject != id && claims.Role == "guest" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
