package notchecks

// Fetch-then-check whose failure branch writes 403 and returns.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodFetchCheckReturns(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	writeJSON(w, n)
}
