package nethttp

// The 403 is written but the handler goes on to the query.

import (
	"net/http"

	"authjwt"
)

func (s *Server) badGuardFallsThrough(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("user_id")
	if id != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
	var n Note
	_ = s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "user_id" reaches`
	writeJSON(w, n)
}
