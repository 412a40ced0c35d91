package jwtlibs

// golang-jwt v5: tok.Claims.GetSubject() is read and logged, never
// compared.

import (
	"log"
	"net/http"

	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func (s *server) badJWTv5GetSubject(w http.ResponseWriter, r *http.Request) {
	tok, err := jwtv5.Parse(bearer(r), s.keyV5)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, err := tok.Claims.GetSubject()
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	uid := r.PathValue("user_id")
	log.Printf("%s lists the notes of %s", sub, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
