// Package principal_struct_helper: the caller is read back through a
// helper that returns a struct of the caller's ids (homebox's
// services.NewContext: {Context, UID, GID, User}); queries are confined to
// the caller's group by its GID field.
package principal_struct_helper

import (
	"context"
	"database/sql"
	"net/http"
)

type ctxKey struct{}

var userKey = ctxKey{}

type User struct {
	ID      string
	GroupID string
}

// Context is the request context with the caller's ids.
type Context struct {
	context.Context
	UID  string
	GID  string
	User *User
}

func userFrom(ctx context.Context) *User {
	if v := ctx.Value(userKey); v != nil {
		return v.(*User)
	}
	return nil
}

// NewContext gathers the caller the session middleware stored.
func NewContext(ctx context.Context) Context { // want NewContext:`subject`
	u := userFrom(ctx)
	return Context{Context: ctx, UID: u.ID, GID: u.GroupID, User: u}
}

type server struct{ db *sql.DB }

func (s *server) session(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := s.lookupSession(r)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), userKey, u)))
	})
}

func (s *server) lookupSession(r *http.Request) (*User, error) {
	c, err := r.Cookie("session")
	if err != nil {
		return nil, err
	}
	u := new(User)
	err = s.db.QueryRow(`SELECT id, group_id FROM sessions WHERE token = $1`, c.Value).Scan(&u.ID, &u.GroupID)
	return u, err
}

func (s *server) routes(mux *http.ServeMux) {
	mux.Handle("GET /items/{id}", s.session(http.HandlerFunc(s.goodItemInGroup)))
	mux.Handle("DELETE /items/{id}", s.session(http.HandlerFunc(s.badDeleteAnyItem)))
}
