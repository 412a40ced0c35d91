package jwtlibs

// golang-jwt v4 MapClaims: the path user id must equal claims["sub"].

import (
	"net/http"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

func (s *server) goodJWTv4MapClaims(w http.ResponseWriter, r *http.Request) {
	tok, err := jwtv4.Parse(bearer(r), s.keyV4)
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.(jwtv4.MapClaims)["sub"].(string)
	uid := r.PathValue("user_id")
	if uid != sub {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	writeNotes(w, rows, err)
}
