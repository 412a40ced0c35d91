package subjects

// The middleware stored the subject string under a typed key; the handler
// reads it back with r.Context().Value(subjectKey{}).(string). The path id
// is compared with it before the query.

import (
	"net/http"
)

func (s *server) goodSubjectString(w http.ResponseWriter, r *http.Request) {
	sub, ok := r.Context().Value(subjectKey{}).(string)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	if id != sub {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
