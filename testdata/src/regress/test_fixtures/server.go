// Package test_fixtures: handlers a test defines, and routes a test sets
// up, serve no one. The public handler below is registered behind JWT
// middleware only by a test; the service itself serves it anonymously.
package test_fixtures

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type server struct {
	db     *sql.DB
	secret []byte
}

func (s *server) requireJWT(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return s.secret, nil }); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// goodPublicTag answers anyone: tags are public.
func (s *server) goodPublicTag(w http.ResponseWriter, r *http.Request) {
	var name string
	if err := s.db.QueryRow(`SELECT name FROM tags WHERE id = $1`, r.PathValue("id")).Scan(&name); err != nil {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write([]byte(name))
}

func (s *server) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /tags/{id}", s.goodPublicTag)
}
