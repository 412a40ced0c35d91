package principals

// Behind the session middleware, the query is scoped by the session user.

import (
	"net/http"

	"authsession"
)

func (s *server) goodSessionRegisteredOnly(w http.ResponseWriter, r *http.Request) {
	me, _ := authsession.UserIDFromContext(r.Context())
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), me).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
