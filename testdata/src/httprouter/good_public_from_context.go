package httprouter

// A public net/http route reading ParamsFromContext: no middleware, no
// subject read.

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func (s *server) goodPublicFromContext(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, httprouter.ParamsFromContext(r.Context()).ByName("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
