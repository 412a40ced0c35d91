package flow

// The path id goes through strconv.Atoi before it is loaded; nothing ties it
// to the caller.

import (
	"net/http"
	"strconv"
)

func (s *server) badAtoi(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
