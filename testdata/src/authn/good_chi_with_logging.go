package authn

// chi: r.With(logRequests).Get(p, h): With a middleware that authenticates
// nothing.

import "net/http"

func (s *server) goodChiWithLogging(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
