package auth

import (
	"context"
	"errors"
	"net/http"
)

// ctxKey is unexported so no other package can overwrite or forge the claims
// stored in a request context.
type ctxKey struct{}

// Middleware lets a request through only with a valid bearer token, and
// gives the handlers behind it the verified claims through FromContext.
func Middleware(v *Verifier) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			claims, err := authenticate(v, r)
			if errors.Is(err, ErrNoBearer) {
				// RFC 6750 §3.1: no error code when no credentials were sent.
				unauthorized(w, "Bearer")
				return
			}
			if err != nil {
				unauthorized(w, `Bearer error="invalid_token"`)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, claims)))
		})
	}
}

func authenticate(v *Verifier, r *http.Request) (*Claims, error) {
	values := r.Header.Values("Authorization")
	if len(values) == 0 {
		return nil, ErrNoBearer
	}
	// Two Authorization headers leave it ambiguous which one a proxy or a
	// log saw; refuse rather than pick one.
	if len(values) > 1 {
		return nil, ErrMalformedBearer
	}
	raw, err := BearerToken(values[0])
	if err != nil {
		return nil, err
	}
	return v.Verify(raw)
}

func unauthorized(w http.ResponseWriter, challenge string) {
	w.Header().Set("WWW-Authenticate", challenge)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	// The reason stays in the challenge; the body says nothing that would
	// help someone tune a forged token.
	_, _ = w.Write([]byte(`{"error":"unauthorized"}` + "\n"))
}
