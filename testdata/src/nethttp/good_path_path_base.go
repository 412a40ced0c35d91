package nethttp

// A path segment cut from r.URL.Path with path.Base is loaded by a query
// scoped to the JWT subject.

import (
	"net/http"
	"path"

	"authjwt"
)

func (s *Server) goodPathPathBase(w http.ResponseWriter, r *http.Request) {
	id := path.Base(r.URL.Path)
	var n Note
	_ = s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
