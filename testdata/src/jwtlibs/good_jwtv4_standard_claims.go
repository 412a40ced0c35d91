package jwtlibs

// golang-jwt v4: the path user id must equal StandardClaims.Subject.

import (
	"net/http"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

func (s *server) goodJWTv4StandardClaims(w http.ResponseWriter, r *http.Request) {
	claims := new(jwtv4.StandardClaims)
	if _, err := jwtv4.ParseWithClaims(bearer(r), claims, s.keyV4); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	uid := r.PathValue("user_id")
	if uid != claims.Subject {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	writeNotes(w, rows, err)
}
