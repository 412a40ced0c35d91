package nethttp

// A path segment cut from r.URL.Path with path.Base (older routers,
// http.StripPrefix) is loaded with no check.

import (
	"net/http"
	"path"
)

func (s *Server) badPathPathBase(w http.ResponseWriter, r *http.Request) {
	id := path.Base(r.URL.Path)
	var n Note
	_ = s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path .*reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
