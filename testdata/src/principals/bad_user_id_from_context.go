package principals

// The session user id from authsession.UserIDFromContext is only logged;
// the path user id selects the notes unchecked.

import (
	"log"
	"net/http"

	"authsession"
)

func (s *server) badUserIDFromContext(w http.ResponseWriter, r *http.Request) {
	me, ok := authsession.UserIDFromContext(r.Context())
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	uid := r.PathValue("user_id")
	log.Printf("%s lists the notes of %s", me, uid)
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	writeNotes(w, rows, err)
}
