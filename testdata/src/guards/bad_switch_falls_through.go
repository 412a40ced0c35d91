package guards

// A switch whose mismatch case writes 403 but does not return: the query
// after the switch runs for any caller.

import (
	"net/http"

	"authjwt"
)

func (s *server) badSwitchFallsThrough(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	claims, ok := authjwt.FromContext(r.Context())
	switch {
	case !ok:
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	case claims.Subject != id:
		http.Error(w, "forbidden", http.StatusForbidden)
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
