package jwtlibs

// golang-jwt v5: the path user id must equal tok.Claims.GetSubject().

import (
	"net/http"

	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func (s *server) goodJWTv5GetSubject(w http.ResponseWriter, r *http.Request) {
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
	if uid != sub {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	writeNotes(w, rows, err)
}
