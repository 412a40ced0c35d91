package jwtlibs

// jwx v2: token.PrivateClaims()["user_id"] is read and logged, never
// compared.

import (
	"log"
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func (s *server) badJWXv2PrivateClaims(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseRequest(r, jwt.WithKey(jwa.HS256, s.key))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	me, _ := tok.PrivateClaims()["user_id"].(string)
	uid := r.PathValue("user_id")
	log.Printf("%s lists the notes of %s", me, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
