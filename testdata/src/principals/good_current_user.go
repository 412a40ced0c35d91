package principals

// authsession.CurrentUser(r).ID scopes the UPDATE (AND owner_id = $4).

import (
	"net/http"

	"authsession"
)

func (s *server) goodCurrentUser(w http.ResponseWriter, r *http.Request) {
	u := authsession.CurrentUser(r)
	if u == nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1, updated_by = $2 WHERE id = $3 AND owner_id = $4`, r.FormValue("body"), u.ID, r.PathValue("id"), u.ID); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
