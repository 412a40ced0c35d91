package guards

// An admin action whose role test only decides a log line: any caller
// deletes any user.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badRoleLogged(w http.ResponseWriter, r *http.Request) {
	claims, ok := authjwt.FromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if claims.Role != "admin" {
		log.Printf("non-admin %s deletes a user", claims.Subject)
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM users WHERE id = $1`, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
