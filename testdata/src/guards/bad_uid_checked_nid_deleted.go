package guards

// Checking {uid} does not cover {nid}: the DELETE is keyed by {nid} alone.

import (
	"net/http"

	"authjwt"
)

func (s *server) badUIDCheckedNIDDeleted(w http.ResponseWriter, r *http.Request) {
	uid, nid := r.PathValue("uid"), r.PathValue("nid")
	if uid != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, nid); err != nil { // want `path parameter "nid" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
