package subjects

// The middleware stored the subject string under a typed key; the handler
// reads it back with r.Context().Value(subjectKey{}).(string). The subject
// is only logged.

import (
	"log"
	"net/http"
)

func (s *server) badSubjectString(w http.ResponseWriter, r *http.Request) {
	sub, ok := r.Context().Value(subjectKey{}).(string)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	id := r.PathValue("id")
	log.Printf("notes of %v read by %v", id, sub)
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
