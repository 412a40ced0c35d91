// Package err_returning_handler: handlers written as
// func(http.ResponseWriter, *http.Request) error and adapted to
// http.HandlerFunc by a small wrapper that renders the error (the
// errchain/httpkit style). The adapted function is the handler: its path
// id reaches the query behind the JWT middleware. (SPEC's shape table lists
// only the void net/http signature; see docs/realworld.md.)
package err_returning_handler

import (
	"database/sql"
	"net/http"

	"authjwt"

	"github.com/go-chi/chi/v5"
)

type errHandler func(w http.ResponseWriter, r *http.Request) error

// toHandler renders the error a handler returns.
func toHandler(h errHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

type server struct{ db *sql.DB }

func (s *server) routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.Get("/notes/{id}", toHandler(s.badErrHandler))
	r.Get("/mine/{id}", toHandler(s.goodErrHandlerScoped))
	return r
}
