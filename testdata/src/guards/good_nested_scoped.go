package guards

// {uid} is checked against the subject and scopes the query of {nid}
// (WHERE id = $1 AND user_id = $2).

import (
	"net/http"

	"authjwt"
)

func (s *server) goodNestedScoped(w http.ResponseWriter, r *http.Request) {
	uid, nid := r.PathValue("uid"), r.PathValue("nid")
	if uid != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND user_id = $2`, nid, uid).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
