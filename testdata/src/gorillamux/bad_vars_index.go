package gorillamux

// The id from mux.Vars(r)["id"] is loaded with no check.

import (
	"net/http"

	"github.com/gorilla/mux"
)

func (s *server) badVarsIndex(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
