package flow

// The Atoi'd path id is loaded by a query scoped to the JWT subject.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodAtoi(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
