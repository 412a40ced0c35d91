// Package resource_ctx_middleware: chi's "ArticleCtx" pattern. A
// per-resource middleware, added with Use inside a Route after the JWT
// middleware, loads the object named by the URL parameter into the request
// context; the handlers only read it from there. The middleware's inner
// handler runs behind the JWT middleware, so it is an authenticated
// handler whose load needs an ownership check.
package resource_ctx_middleware

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"authjwt"

	"github.com/go-chi/chi/v5"
)

type note struct {
	ID      string `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type noteKey struct{}

type server struct{ db *sql.DB }

func noteFrom(ctx context.Context) note {
	n, _ := ctx.Value(noteKey{}).(note)
	return n
}

func getNote(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(noteFrom(r.Context()))
}

func (s *server) routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.Route("/notes/{noteID}", func(r chi.Router) {
		r.Use(s.badNoteCtx)
		r.Get("/", getNote)
	})
	r.Route("/mine/{noteID}", func(r chi.Router) {
		r.Use(s.goodNoteCtx)
		r.Get("/", getNote)
	})
	return r
}
