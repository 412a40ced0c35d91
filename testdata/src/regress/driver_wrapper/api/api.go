// Package api serves the notes behind JWT middleware.
package api

import (
	"net/http"

	"authjwt"

	"regress/driver_wrapper/repo"
)

type handler struct {
	notes  repo.Notes
	secret []byte
}

// badNoteBody reads any note by the path id through the repository.
func (h *handler) badNoteBody(w http.ResponseWriter, r *http.Request) {
	body, err := h.notes.Body(r.Context(), r.PathValue("id")) // want `path parameter "id" reaches repo.\(Notes\).Body → wrap.\(Store\).Load → \(\*sql.DB\).QueryRowContext with no check against the JWT subject`
	if err != nil {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write([]byte(body))
}

func (h *handler) routes(mux *http.ServeMux) {
	mux.Handle("GET /notes/{id}", authjwt.Middleware(h.secret)(http.HandlerFunc(h.badNoteBody)))
}
