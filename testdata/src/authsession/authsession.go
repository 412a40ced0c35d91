// Package authsession authenticates requests by session cookie, not by JWT:
// the middleware looks the cookie up in the session store and puts the
// signed-in user in the request context under typed keys; the helpers read
// the user back.
package authsession

import (
	"context"
	"net/http"
)

// User is the signed-in user.
type User struct {
	ID    string
	Email string
}

// Store resolves session ids to users.
type Store interface {
	Lookup(ctx context.Context, sessionID string) (*User, error)
}

type ctxKey string

// UserIDKey is the context key of the signed-in user's id.
const UserIDKey ctxKey = "user_id"

type userKey struct{}

// Middleware rejects requests without a valid session.
func Middleware(store Store) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			cookie, err := r.Cookie("session")
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			u, err := store.Lookup(r.Context(), cookie.Value)
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			ctx := context.WithValue(r.Context(), UserIDKey, u.ID)
			ctx = context.WithValue(ctx, userKey{}, u)
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// UserIDFromContext returns the signed-in user's id.
func UserIDFromContext(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(UserIDKey).(string)
	return id, ok
}

// CurrentUser returns the signed-in user, or nil.
func CurrentUser(r *http.Request) *User {
	u, _ := r.Context().Value(userKey{}).(*User)
	return u
}
