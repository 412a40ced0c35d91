package authn

// chi: on the router of chiCapturedRoutes, registered outside the group and
// without With: a public route.

import "net/http"

func (s *server) goodChiCapturedOutsideGroup(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
