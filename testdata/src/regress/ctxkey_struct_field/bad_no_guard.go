package ctxkey_struct_field

// Behind the same middleware, the path uid reaches the query unchecked.

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (s *server) badNoGuard(w http.ResponseWriter, r *http.Request) {
	var body string
	if err := s.db.QueryRowContext(r.Context(), `SELECT body FROM notes WHERE owner_id = $1`, chi.URLParam(r, "uid")).Scan(&body); err != nil { // want `path parameter "uid" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, body)
}
