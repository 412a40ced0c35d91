package jwtlibs

// jwx v3 private claim: the path user id must equal the value
// token.Get("user_id", &me) filled in.

import (
	"net/http"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

func (s *server) goodJWXv3PrivateClaim(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseRequest(r, jwt.WithKey(jwa.HS256(), s.key))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var me string
	if err := tok.Get("user_id", &me); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	uid := r.PathValue("user_id")
	if uid != me {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	writeNotes(w, rows, err)
}
