package flow

// The id from the pathID helper is loaded by a query scoped to the subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodHelperID(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
