// Package session is the ctxkey_struct_field scenario's JWT middleware: it
// stores the subject under Keys.User, a field of a package-level struct
// variable, and Caller reads it back.
package session

import (
	"context"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type contextKey string

// Keys groups the request context keys of the service.
var Keys = struct {
	User contextKey
}{
	User: "user",
}

// Middleware verifies the bearer token and stores its subject.
func Middleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims := new(jwt.RegisteredClaims)
			raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), Keys.User, claims.Subject)))
		})
	}
}

// Caller reads the subject back.
func Caller(ctx context.Context) string {
	s, _ := ctx.Value(Keys.User).(string)
	return s
}
