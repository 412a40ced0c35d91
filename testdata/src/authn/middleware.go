package authn

// Middleware of the package: requireJWT verifies a bearer token through a
// helper function; logRequests authenticates nothing.

import (
	"errors"
	"log"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// verifyToken parses and verifies the request's bearer token.
func verifyToken(r *http.Request, secret []byte) (*jwt.Token, error) {
	raw, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return nil, errors.New("no bearer token")
	}
	return jwt.Parse(raw, func(*jwt.Token) (any, error) { return secret, nil })
}

// requireJWT rejects requests whose token verifyToken refuses.
func requireJWT(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if _, err := verifyToken(r, secret); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// logRequests logs each request; it authenticates nothing.
func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.Printf("%s %s", r.Method, r.URL.Path)
		next.ServeHTTP(w, r)
	})
}
