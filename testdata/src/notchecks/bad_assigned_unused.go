package notchecks

// The comparison is assigned and never used.

import (
	"net/http"

	"authjwt"
)

func (s *server) badAssignedUnused(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	owner := id == authjwt.Subject(r.Context())
	_ = owner
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
