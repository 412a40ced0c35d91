package flow

// The copied path id is compared with the subject, also copied, before the
// load.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodLocal(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	noteOwner := raw
	caller := authjwt.Subject(r.Context())
	if noteOwner != caller {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, noteOwner).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
