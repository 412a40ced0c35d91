package notfound_error_checked

// Middleware loads the caller's account through a helper; its error answers
// 403 and stops the chain before any handler writes. (The account goes into
// a response header so that no context key is stored.)

import (
	"context"
	"net/http"

	"authjwt"
)

func (s *server) loadUser(ctx context.Context, id string) (user, error) {
	var u user
	row := s.db.QueryRowContext(ctx, `SELECT id, name FROM users WHERE id = $1`, id)
	if err := row.Scan(&u.ID, &u.Name); err != nil {
		return user{}, err
	}
	return u, nil
}

func (s *server) goodLoadUserMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := s.loadUser(r.Context(), authjwt.Subject(r.Context()))
		if err != nil {
			http.Error(w, "no account", http.StatusForbidden)
			return
		}
		w.Header().Set("X-Account", u.Name)
		next.ServeHTTP(w, r)
	})
}
