package guards

// A policy that locks with a defer decides before the read:
// !Allowed(sub, "note:"+id) → 403 return.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodLockedPolicy(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !s.locked.Allowed(authjwt.Subject(r.Context()), "note:"+id) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
