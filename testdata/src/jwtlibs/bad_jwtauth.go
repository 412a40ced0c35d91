package jwtlibs

// go-chi/jwtauth: Verifier and Authenticator guard the chi group; the
// handler loads the note by chi.URLParam alone.

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (s *server) badJWTAuth(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, chi.URLParam(r, "id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
