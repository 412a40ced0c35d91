package subjects

// jwt.MapClaims stored by the middleware; the subject is claims["sub"]. The
// path id is compared with it before the query.

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

func (s *server) goodMapClaims(w http.ResponseWriter, r *http.Request) {
	claims, ok := r.Context().Value(mapClaimsKey{}).(jwt.MapClaims)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, _ := claims["sub"].(string)
	id := r.PathValue("id")
	if id != sub {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
