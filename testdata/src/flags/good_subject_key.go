package flags

// The caller's id is read from a context key named with -subject-keys and
// compared with the path id.

import (
	"net/http"

	"acme/web"
)

func (s *Server) goodSubjectKey(w http.ResponseWriter, r *http.Request) {
	id := web.Param(r, "id")
	if uid, _ := r.Context().Value("acct").(string); uid != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = s.DB.Delete(r.Context(), id)
}
