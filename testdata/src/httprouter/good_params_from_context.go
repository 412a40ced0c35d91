package httprouter

// httprouter.ParamsFromContext(r.Context()).ByName("id"); the query is
// scoped by the authjwt subject.

import (
	"net/http"

	"authjwt"

	"github.com/julienschmidt/httprouter"
)

func (s *server) goodParamsFromContext(w http.ResponseWriter, r *http.Request) {
	id := httprouter.ParamsFromContext(r.Context()).ByName("id")
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
