package resource_ctx_middleware

// The note is loaded by {noteID} alone and handed to getNote, which writes
// it: any caller reads any note.

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
)

func (s *server) badNoteCtx(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n note
		err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, chi.URLParam(r, "noteID")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "noteID" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), noteKey{}, n)))
	})
}
