package httprouter

// A public httprouter.Handle route: no wrapper, no subject read.

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func (s *server) goodPublic(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, ps.ByName("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
