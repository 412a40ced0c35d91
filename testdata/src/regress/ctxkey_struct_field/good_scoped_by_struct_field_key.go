package ctxkey_struct_field

// The note id comes from the query; the subject, read inline with
// session.Keys.User, scopes the query.

import (
	"net/http"

	"regress/ctxkey_struct_field/session"
)

func (s *server) goodScopedByStructFieldKey(w http.ResponseWriter, r *http.Request) {
	sub, _ := r.Context().Value(session.Keys.User).(string)
	var body string
	if err := s.db.QueryRowContext(r.Context(), `SELECT body FROM notes WHERE id = $1 AND owner_id = $2`, r.URL.Query().Get("note"), sub).Scan(&body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, body)
}
