package jwtlibs

// jwx v3: sub, ok := token.Subject() is logged; the note is loaded by path
// id alone.

import (
	"log"
	"net/http"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

func (s *server) badJWXv3Subject(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseRequest(r, jwt.WithKey(jwa.HS256(), s.key))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, ok := tok.Subject()
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	log.Printf("%s reads note %s", sub, id)
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
