package jwtlibs

// A public route: no token parsed, no middleware. Nothing to report.

import "net/http"

func (s *server) goodPublic(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
