package ctxkey_struct_field

// The path uid is compared with the subject read through session.Keys.User
// before the query.

import (
	"net/http"

	"regress/ctxkey_struct_field/session"

	"github.com/go-chi/chi/v5"
)

func (s *server) goodGuardOnStructFieldKey(w http.ResponseWriter, r *http.Request) {
	uid := chi.URLParam(r, "uid")
	if uid != session.Caller(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var body string
	if err := s.db.QueryRowContext(r.Context(), `SELECT body FROM notes WHERE owner_id = $1`, uid).Scan(&body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, body)
}
