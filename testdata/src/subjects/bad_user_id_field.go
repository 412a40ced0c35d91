package subjects

// A field of the custom claims type itself (UserID) is the subject; the path
// id is parsed to compare with it. The subject is only logged.

import (
	"log"
	"net/http"
	"strconv"
)

func (s *server) badUserIDField(w http.ResponseWriter, r *http.Request) {
	claims, ok := r.Context().Value(claimsKey{}).(*appClaims)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	log.Printf("notes of %v read by %v", id, claims.UserID)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
