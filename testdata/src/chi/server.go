// Package chi holds the go-chi/chi v5 path parameter sources: chi.URLParam,
// chi.URLParamFromCtx and chi.RouteContext(ctx).URLParam. The router puts
// every route behind the JWT middleware with Use.
package chi

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/go-chi/chi/v5"

	"authjwt"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.Get("/a/notes/{id}", s.badURLParam)
	r.Get("/b/notes/{id}", s.goodURLParam)
	r.Get("/c/notes/{id}", s.badURLParamFromCtx)
	r.Get("/d/notes/{id}", s.goodURLParamFromCtx)
	r.Get("/e/notes/{id}", s.badRouteContext)
	r.Get("/f/notes/{id}", s.goodRouteContext)
	return r
}
