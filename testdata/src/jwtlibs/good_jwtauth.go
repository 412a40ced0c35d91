package jwtlibs

// go-chi/jwtauth: the query is scoped by claims["sub"] from
// jwtauth.FromContext.

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
)

func (s *server) goodJWTAuth(w http.ResponseWriter, r *http.Request) {
	_, claims, _ := jwtauth.FromContext(r.Context())
	sub, _ := claims["sub"].(string)
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, chi.URLParam(r, "id"), sub).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
