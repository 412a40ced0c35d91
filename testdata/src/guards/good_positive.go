package guards

// Positive guard: the query runs only in the branch where id == sub.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodPositive(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == authjwt.Subject(r.Context()) {
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
		writeJSON(w, n)
	} else {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}
