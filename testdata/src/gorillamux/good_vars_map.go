package gorillamux

// The id read from the map mux.Vars returns, held in a variable, is loaded
// by a query scoped to the JWT subject.

import (
	"net/http"

	"github.com/gorilla/mux"

	"authjwt"
)

func (s *server) goodVarsMap(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	id := vars["note_id"]
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
