package principals

// authsession.CurrentUser(r).ID is only written (updated_by); the UPDATE
// is keyed by the path id alone.

import (
	"net/http"

	"authsession"
)

func (s *server) badCurrentUser(w http.ResponseWriter, r *http.Request) {
	u := authsession.CurrentUser(r)
	if u == nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1, updated_by = $2 WHERE id = $3`, r.FormValue("body"), u.ID, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
