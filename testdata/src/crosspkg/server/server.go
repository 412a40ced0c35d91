// Package server mounts package api behind the JWT middleware, once
// through api.Register and once directly.
package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"authjwt"
	"crosspkg/api"
)

func Routes(secret []byte, h *api.Handler) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	api.Register(r, h) // want `handler api\.\(\*Handler\)\.GetNote, registered behind JWT middleware through api\.Register: path parameter "id" reaches svc\.\(\*Service\)\.Get`
	return r
}

func Direct(mux *http.ServeMux, secret []byte, h *api.Handler) {
	mux.Handle("GET /notes/{id}", authjwt.Middleware(secret)(http.HandlerFunc(h.GetNote))) // want `handler api\.\(\*Handler\)\.GetNote, registered here behind JWT middleware: path parameter "id"`
}

// Public mounts the same handlers with no middleware: nothing to report.
func Public(h *api.Handler) http.Handler {
	r := chi.NewRouter()
	api.Register(r, h)
	return r
}
