package jwtlibs

// golang-jwt v4 MapClaims: claims["sub"] is read and logged, never
// compared.

import (
	"log"
	"net/http"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

func (s *server) badJWTv4MapClaims(w http.ResponseWriter, r *http.Request) {
	tok, err := jwtv4.Parse(bearer(r), s.keyV4)
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.(jwtv4.MapClaims)["sub"].(string)
	uid := r.PathValue("user_id")
	log.Printf("%s lists the notes of %s", sub, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
