package guards

// authjwt.RequireSubject compares; the handler returns on its error.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodRequireSubject(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := authjwt.RequireSubject(r.Context(), id); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
