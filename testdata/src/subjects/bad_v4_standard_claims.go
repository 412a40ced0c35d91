package subjects

// golang-jwt v4 claims embedding StandardClaims; the subject is
// claims.Subject. The subject is only logged.

import (
	"log"
	"net/http"
)

func (s *server) badV4StandardClaims(w http.ResponseWriter, r *http.Request) {
	claims, ok := r.Context().Value(v4ClaimsKey{}).(*v4Claims)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	log.Printf("notes of %v read by %v", id, claims.Subject)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
