package jwtlibs

// golang-jwt v4: the handler verifies the token into StandardClaims and
// only logs claims.Subject; the path user id is never compared.

import (
	"log"
	"net/http"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

func (s *server) badJWTv4StandardClaims(w http.ResponseWriter, r *http.Request) {
	claims := new(jwtv4.StandardClaims)
	if _, err := jwtv4.ParseWithClaims(bearer(r), claims, s.keyV4); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	uid := r.PathValue("user_id")
	log.Printf("%s lists the notes of %s", claims.Subject, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	writeNotes(w, rows, err)
}
