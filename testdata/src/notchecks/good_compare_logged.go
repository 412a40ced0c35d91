package notchecks

// The comparison is logged and also decides: a mismatch returns 403.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) goodCompareLogged(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	self := id == authjwt.Subject(r.Context())
	log.Printf("user %s reads own notes: %v", id, self)
	if !self {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
