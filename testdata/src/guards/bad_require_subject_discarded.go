package guards

// authjwt.RequireSubject (another package's helper, known by its summary)
// is called but its error is discarded.

import (
	"net/http"

	"authjwt"
)

func (s *server) badRequireSubjectDiscarded(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_ = authjwt.RequireSubject(r.Context(), id)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
