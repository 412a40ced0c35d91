package principals

// The handler reads the user id under authsession.UserIDKey itself and
// only logs it; the note is loaded by path id alone.

import (
	"log"
	"net/http"

	"authsession"
)

func (s *server) badUserKey(w http.ResponseWriter, r *http.Request) {
	me, _ := r.Context().Value(authsession.UserIDKey).(string)
	id := r.PathValue("id")
	log.Printf("%s reads note %s", me, id)
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
