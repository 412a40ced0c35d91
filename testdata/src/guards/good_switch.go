package guards

// A switch guard: no claims → 401 return; claims.Subject != id → 403 return.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodSwitch(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	claims, ok := authjwt.FromContext(r.Context())
	switch {
	case !ok:
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	case claims.Subject != id:
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
