package guards

// The in-package policy decides: !Enforce(sub, id, "read") → 403 return.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPolicy(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !s.policy.Enforce(authjwt.Subject(r.Context()), id, "read") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
