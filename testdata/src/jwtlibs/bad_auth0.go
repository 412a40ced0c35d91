package jwtlibs

// auth0 go-jwt-middleware: CheckJWT wraps the handler; the note is loaded
// by the path id alone.

import "net/http"

func (s *server) badAuth0(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
