package httprouter

// A net/http handler reads the path id with
// httprouter.ParamsFromContext(r.Context()).ByName("id") and loads the note
// by it alone.

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

func (s *server) badParamsFromContext(w http.ResponseWriter, r *http.Request) {
	id := httprouter.ParamsFromContext(r.Context()).ByName("id")
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
