// Package server routes note requests behind the JWT middleware and
// reaches the notes through the provider's interface; the implementation
// sits next to the interface, in a package server does not import.
package server

import (
	"net/http"
	"strconv"

	"authjwt"

	"github.com/go-chi/chi/v5"
)

func routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.Get("/notes/{id}", getNote)
	r.Get("/mine/{id}", getOwnedNote)
	r.Delete("/notes/{id}", deleteNote)
	r.Delete("/mine/{id}", deleteCheckedNote)
	r.Get("/groups/notes/{id}", getGroupNote)
	r.Get("/named-group/notes/{id}", getNoteOfNamedGroup)
	return r
}

func noteID(r *http.Request) int64 {
	id, _ := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	return id
}
