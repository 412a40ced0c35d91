package authn

// The same body registered on the same ServeMux without the middleware: a
// public route.

import "net/http"

func (s *server) goodNethttpUnwrapped(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
