// Package authjwt is the JWT middleware the scenarios share: it verifies a
// bearer token with golang-jwt v5 and stores the claims in the request
// context, and its helpers read the caller back.
package authjwt

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims of an access token.
type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// ErrForbidden is returned by the authorization helpers.
var ErrForbidden = errors.New("forbidden")

type ctxKey struct{}

// Middleware rejects requests without a valid token.
func Middleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			claims := new(Claims)
			_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil })
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, claims)))
		})
	}
}

// FromContext returns the claims the middleware stored.
func FromContext(ctx context.Context) (*Claims, bool) {
	c, ok := ctx.Value(ctxKey{}).(*Claims)
	return c, ok
}

// Subject returns the caller's subject, or "".
func Subject(ctx context.Context) string {
	if c, ok := FromContext(ctx); ok {
		return c.Subject
	}
	return ""
}

// RequireSubject returns ErrForbidden unless id is the caller's subject.
func RequireSubject(ctx context.Context, id string) error {
	if Subject(ctx) != id {
		return ErrForbidden
	}
	return nil
}
