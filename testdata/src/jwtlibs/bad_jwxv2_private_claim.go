package jwtlibs

// jwx v2 private claim: token.Get("user_id") is read and logged, never
// compared with the path user id.

import (
	"log"
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func (s *server) badJWXv2PrivateClaim(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseRequest(r, jwt.WithKey(jwa.HS256, s.key))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	v, _ := tok.Get("user_id")
	me, _ := v.(string)
	uid := r.PathValue("user_id")
	log.Printf("%s lists the notes of %s", me, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
