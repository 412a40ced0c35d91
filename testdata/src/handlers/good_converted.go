package handlers

// A closure converted with http.HandlerFunc(...) and registered with
// mux.Handle loads the path id with a query scoped to the subject.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) registerGoodConverted(mux *http.ServeMux) {
	mux.Handle("GET /converted2/{id}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sub := authjwt.Subject(r.Context())
		log.Printf("%s reads note %s", sub, r.PathValue("id"))
		var n note
		_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub).Scan(&n.ID, &n.OwnerID, &n.Body)
		writeJSON(w, n)
	}))
}
