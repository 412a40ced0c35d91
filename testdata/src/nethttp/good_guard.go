package nethttp

// The path user id must equal the subject before the query runs.

import (
	"net/http"

	"authjwt"
)

func (s *Server) goodGuard(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("user_id")
	if id != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n Note
	_ = s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
