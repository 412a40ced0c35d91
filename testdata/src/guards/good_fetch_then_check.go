package guards

// Fetch-then-check for a read: the fetched note's owner is compared with the
// subject before anything from it reaches the response.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodFetchThenCheck(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
