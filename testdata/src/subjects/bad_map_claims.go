package subjects

// jwt.MapClaims stored by the middleware; the subject is claims["sub"]. The
// subject is only logged.

import (
	"log"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

func (s *server) badMapClaims(w http.ResponseWriter, r *http.Request) {
	claims, ok := r.Context().Value(mapClaimsKey{}).(jwt.MapClaims)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, _ := claims["sub"].(string)
	id := r.PathValue("id")
	log.Printf("notes of %v read by %v", id, sub)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
