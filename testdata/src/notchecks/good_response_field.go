package notchecks

// The owner comparison decides before the response (fetch-then-check).

import (
	"net/http"

	"authjwt"
)

func (s *server) goodResponseField(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	owned := n.OwnerID == authjwt.Subject(r.Context())
	if !owned {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, map[string]any{"note": n, "owned": owned})
}
