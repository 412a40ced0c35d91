// Package routes mounts the handlers of package api behind the JWT.
package routes

import (
	"net/http"

	"vetmod.example/api"
	"vetmod.example/auth"
)

func Register(mux *http.ServeMux, secret []byte, h *api.Handler) {
	jwt := auth.Middleware(secret)
	mux.Handle("GET /notes/{id}", jwt(http.HandlerFunc(h.GetNote)))
	mux.Handle("GET /logged/notes/{id}", jwt(http.HandlerFunc(h.GetNoteLogged)))
	mux.Handle("GET /me/notes/{id}", jwt(http.HandlerFunc(h.GetMine)))
	mux.Handle("DELETE /notes/{id}", jwt(http.HandlerFunc(h.Delete)))
	mux.Handle("GET /users/{user}/notes/{id}", jwt(http.HandlerFunc(h.UserNote)))
	mux.Handle("DELETE /any/notes/{id}", jwt(http.HandlerFunc(h.DeleteAny)))
}
