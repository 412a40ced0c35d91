package resource_ctx_middleware

// The same middleware with the load scoped by the subject.

import (
	"context"
	"net/http"

	"authjwt"

	"github.com/go-chi/chi/v5"
)

func (s *server) goodNoteCtx(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n note
		err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, chi.URLParam(r, "noteID"), authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), noteKey{}, n)))
	})
}
