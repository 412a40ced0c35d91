package principals

// The path user id must equal authsession.UserIDFromContext.

import (
	"net/http"

	"authsession"
)

func (s *server) goodUserIDFromContext(w http.ResponseWriter, r *http.Request) {
	me, ok := authsession.UserIDFromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	uid := r.PathValue("user_id")
	if uid != me {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	writeNotes(w, rows, err)
}
