package authn

// gorilla/mux: registered on the root router, which has no middleware,
// beside the /api sub-router that has.

import "net/http"

func (s *server) goodGorillaRoot(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
