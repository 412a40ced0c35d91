package notchecks

// The path id is compared with the wrong claim: the issuer, not the subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) badIssuerClaim(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	claims, ok := authjwt.FromContext(r.Context())
	if !ok || claims.Issuer != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
