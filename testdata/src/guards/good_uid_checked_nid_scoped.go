package guards

// The checked {uid} scopes the DELETE of {nid}.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodUIDCheckedNIDScoped(w http.ResponseWriter, r *http.Request) {
	uid, nid := r.PathValue("uid"), r.PathValue("nid")
	if uid != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND user_id = $2`, nid, uid); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
