package jwtlibs

// jwx v3 private claim: token.Get("user_id", &me) fills me, which is only
// logged.

import (
	"log"
	"net/http"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

func (s *server) badJWXv3PrivateClaim(w http.ResponseWriter, r *http.Request) {
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
	log.Printf("%s lists the notes of %s", me, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
