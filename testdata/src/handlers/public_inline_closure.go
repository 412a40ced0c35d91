package handlers

// An inline closure registered with mux.HandleFunc reads no subject and is
// registered without middleware: a public route, not reported.

import (
	"net/http"
)

func (s *server) registerPublicInline(mux *http.ServeMux) {
	mux.HandleFunc("GET /public/inline/{id}", func(w http.ResponseWriter, r *http.Request) {
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
		writeJSON(w, n)
	})
}
