package subjects

// golang-jwt v4 claims embedding StandardClaims; the subject is
// claims.Subject. The path id is compared with it before the query.

import (
	"net/http"
)

func (s *server) goodV4StandardClaims(w http.ResponseWriter, r *http.Request) {
	claims, ok := r.Context().Value(v4ClaimsKey{}).(*v4Claims)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	if id != claims.Subject {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
