// Package authrouter is the httprouter JWT wrapper: Auth verifies a bearer
// token with golang-jwt v5, stores the subject in the request context and
// calls the wrapped httprouter.Handle; Subject reads the caller back.
package authrouter

import (
	"context"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/julienschmidt/httprouter"
)

type subjectKey struct{}

// Auth rejects requests without a valid token and calls h with the others.
func Auth(secret []byte, h httprouter.Handle) httprouter.Handle {
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := new(jwt.RegisteredClaims)
		if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), subjectKey{}, claims.Subject)), ps)
	}
}

// Subject returns the caller's subject, or "".
func Subject(ctx context.Context) string {
	sub, _ := ctx.Value(subjectKey{}).(string)
	return sub
}
