package notchecks

// The owner comparison is turned into a response field; the note is served
// to anyone.

import (
	"net/http"

	"authjwt"
)

func (s *server) badResponseField(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, map[string]any{"note": n, "owned": n.OwnerID == authjwt.Subject(r.Context())})
}
