package jwtlibs

// go-jose v4: jwt.ParseSigned + tok.Claims(key, &claims) verify the token;
// claims.Subject is logged and the DELETE is keyed by the path id alone.

import (
	"log"
	"net/http"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

func (s *server) badGoJose(w http.ResponseWriter, r *http.Request) {
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
	log.Printf("%s deletes note %s", claims.Subject, id)
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
