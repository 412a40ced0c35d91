package guards

// {uid} is checked against the subject, but {nid} is loaded alone: any
// caller reads any note through their own user path.

import (
	"net/http"

	"authjwt"
)

func (s *server) badNestedLoadedAlone(w http.ResponseWriter, r *http.Request) {
	uid, nid := r.PathValue("uid"), r.PathValue("nid")
	if uid != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, nid).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "nid" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
