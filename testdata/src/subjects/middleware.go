package subjects

// The package's JWT middleware, one per form of what it stores in the
// request context.

import (
	"context"
	"net/http"
	"strings"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

// appClaims is a custom claims type: it embeds jwt.RegisteredClaims and
// carries the numeric user id of its own.
type appClaims struct {
	UserID int64  `json:"uid"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

// v4Claims are golang-jwt v4 claims built on StandardClaims.
type v4Claims struct {
	jwtv4.StandardClaims
}

type (
	claimsKey    struct{}
	mapClaimsKey struct{}
	v4ClaimsKey  struct{}
	subjectKey   struct{}
)

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// claimsMiddleware stores the verified *appClaims.
func claimsMiddleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims := new(appClaims)
			if _, err := jwt.ParseWithClaims(bearer(r), claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), claimsKey{}, claims)))
		})
	}
}

// mapClaimsMiddleware stores the verified token's jwt.MapClaims.
func mapClaimsMiddleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token, err := jwt.Parse(bearer(r), func(*jwt.Token) (any, error) { return secret, nil })
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			claims, ok := token.Claims.(jwt.MapClaims)
			if !ok {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), mapClaimsKey{}, claims)))
		})
	}
}

// v4Middleware stores the verified golang-jwt v4 *v4Claims.
func v4Middleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims := new(v4Claims)
			if _, err := jwtv4.ParseWithClaims(bearer(r), claims, func(*jwtv4.Token) (interface{}, error) { return secret, nil }); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), v4ClaimsKey{}, claims)))
		})
	}
}

// subjectMiddleware stores the verified subject alone, as a string.
func subjectMiddleware(secret []byte) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var claims jwt.RegisteredClaims
			if _, err := jwt.ParseWithClaims(bearer(r), &claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), subjectKey{}, claims.Subject)))
		})
	}
}
