package principals

// The package's own currentUserID(r) helper is called and logged; the
// DELETE takes the path user id unchecked.

import (
	"log"
	"net/http"
)

func (s *server) badLocalHelper(w http.ResponseWriter, r *http.Request) {
	me := currentUserID(r)
	uid := r.PathValue("user_id")
	log.Printf("%s deletes the notes of %s", me, uid)
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE owner_id = $1`, uid); err != nil { // want `path parameter "user_id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
