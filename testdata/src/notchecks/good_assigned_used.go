package notchecks

// The assigned comparison decides: !owner → 403 return.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodAssignedUsed(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	owner := id == authjwt.Subject(r.Context())
	if !owner {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
