package subjects

// golang-jwt v5 custom claims; the subject is read with GetSubject(). The
// path id is compared with it before the query.

import (
	"net/http"
)

func (s *server) goodGetSubject(w http.ResponseWriter, r *http.Request) {
	claims, ok := r.Context().Value(claimsKey{}).(*appClaims)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, err := claims.GetSubject()
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	if id != sub {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
