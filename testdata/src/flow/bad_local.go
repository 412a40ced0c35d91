package flow

// The path id is copied through a local variable and loaded; the handler
// never compares it with the caller.

import "net/http"

func (s *server) badLocal(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	noteOwner := raw
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, noteOwner).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
