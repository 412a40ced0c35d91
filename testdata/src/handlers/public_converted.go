package handlers

// A closure converted with http.HandlerFunc(...) and registered with
// mux.Handle reads no subject and is registered without middleware: a public
// route, not reported.

import (
	"net/http"
)

func (s *server) registerPublicConverted(mux *http.ServeMux) {
	mux.Handle("GET /public/converted/{id}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
		writeJSON(w, n)
	}))
}
