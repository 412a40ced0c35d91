package jwtlibs

// jwx v2 private claim: the path user id must equal token.Get("user_id").

import (
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func (s *server) goodJWXv2PrivateClaim(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseRequest(r, jwt.WithKey(jwa.HS256, s.key))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	v, _ := tok.Get("user_id")
	me, _ := v.(string)
	uid := r.PathValue("user_id")
	if uid != me {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	writeNotes(w, rows, err)
}
