package jwtlibs

// go-jose v4: the DELETE is scoped by claims.Subject of the verified token.

import (
	"net/http"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

func (s *server) goodGoJose(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseSigned(bearer(r), []jose.SignatureAlgorithm{jose.HS256})
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var claims jwt.Claims
	if err := tok.Claims(s.key, &claims); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, id, claims.Subject); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
