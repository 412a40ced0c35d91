package nethttp

// A public route: no middleware, no subject read. Nothing to report.

import "net/http"

func (s *Server) goodPublic(w http.ResponseWriter, r *http.Request) {
	var n Note
	_ = s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
