package nethttp

// A path segment cut from r.URL.Path with strings.TrimPrefix is loaded by a
// query scoped to the JWT subject.

import (
	"net/http"
	"strings"

	"authjwt"
)

func (s *Server) goodPathTrimPrefix(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/legacy/notes/")
	var n Note
	_ = s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
