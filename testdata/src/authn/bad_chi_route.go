package authn

// chi: r.Route("/users", func(r chi.Router) { r.Get(...) }) under a router
// with r.Use(auth): the sub-router inherits the middleware.

import "net/http"

func (s *server) badChiRoute(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
