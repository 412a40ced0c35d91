package guards

// The comparison picks between a header and a 403 that falls through; the
// query after the if/else runs on both branches.

import (
	"net/http"

	"authjwt"
)

func (s *server) badPositiveFallsThrough(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == authjwt.Subject(r.Context()) {
		w.Header().Set("X-Owner", "self")
	} else {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
