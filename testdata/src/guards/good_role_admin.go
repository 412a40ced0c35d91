package guards

// An admin action guarded by a role claim test: role != "admin" → 403 return.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodRoleAdmin(w http.ResponseWriter, r *http.Request) {
	claims, ok := authjwt.FromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if claims.Role != "admin" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM users WHERE id = $1`, r.PathValue("id")); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
