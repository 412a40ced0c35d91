// Package ctxkey_struct_field: the middleware (package session) stores the
// subject under a context key that is a field of a package-level struct
// variable (session.Keys.User), not a constant or a key type. Reading it
// back through the same field, directly or with session.CurrentUser, is
// reading the subject.
package ctxkey_struct_field

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"regress/ctxkey_struct_field/session"

	"github.com/go-chi/chi/v5"
)

type server struct{ db *sql.DB }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(session.Middleware(secret))
	r.Get("/users/{uid}/notes", s.goodGuardOnStructFieldKey)
	r.Get("/users2/{uid}/notes", s.goodScopedByStructFieldKey)
	r.Get("/users3/{uid}/notes", s.badNoGuard)
	return r
}
