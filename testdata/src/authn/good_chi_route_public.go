package authn

// chi: the same r.Route nesting under a router with no authenticating
// middleware.

import "net/http"

func (s *server) goodChiRoutePublic(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
