package principals

// The user id read under authsession.UserIDKey scopes the query.

import (
	"net/http"

	"authsession"
)

func (s *server) goodUserKey(w http.ResponseWriter, r *http.Request) {
	me, _ := r.Context().Value(authsession.UserIDKey).(string)
	id := r.PathValue("id")
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, me).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
