package gorillamux

// The id read from the map mux.Vars returns, held in a variable, is loaded
// with no check.

import (
	"net/http"

	"github.com/gorilla/mux"
)

func (s *server) badVarsMap(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	id := vars["note_id"]
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "note_id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	writeJSON(w, n)
}
