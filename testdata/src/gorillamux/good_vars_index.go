package gorillamux

// The id from mux.Vars(r)["id"] is loaded by a query scoped to the JWT
// subject.

import (
	"net/http"

	"github.com/gorilla/mux"

	"authjwt"
)

func (s *server) goodVarsIndex(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
