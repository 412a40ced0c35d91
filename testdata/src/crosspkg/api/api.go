// Package api holds handlers three hops from the SQL; package server
// mounts them.
package api

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"

	"authjwt"
	"crosspkg/authz"
	"crosspkg/store"
	"crosspkg/svc"
)

type Handler struct {
	Svc   *svc.Service
	Store *store.Store
}

func writeJSON(w http.ResponseWriter, v any) { _ = json.NewEncoder(w).Encode(v) }

// GetNoteLogged reads the subject only to log it.
func (h *Handler) GetNoteLogged(w http.ResponseWriter, r *http.Request) {
	log.Printf("read by %s", authjwt.Subject(r.Context()))
	n, err := h.Svc.Get(r.Context(), r.PathValue("id")) // want `path parameter "id" reaches svc\.\(\*Service\)\.Get → store\.\(\*Store\)\.GetNote → \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}

// GetNote reads no subject: authenticated only where package server
// registers it, which reports it.
func (h *Handler) GetNote(w http.ResponseWriter, r *http.Request) { // want GetNote:`findings\(path parameter "id" reaches svc`
	n, err := h.Svc.Get(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}

// Mine and Delete are settled inside the service.
func (h *Handler) Mine(w http.ResponseWriter, r *http.Request) {
	n, _ := h.Svc.Mine(r.Context(), r.PathValue("id"))
	writeJSON(w, n)
}

func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {
	if err := h.Svc.Delete(r.Context(), r.PathValue("id")); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}

// UserNote is guarded by the helper of package authz.
func (h *Handler) UserNote(w http.ResponseWriter, r *http.Request) {
	user := r.PathValue("user")
	if err := authz.RequireUser(r.Context(), user); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	n, _ := h.Store.GetOwned(r.Context(), r.PathValue("id"), user)
	writeJSON(w, n)
}

// Register mounts the handlers on the router it is given; the caller
// decides whether JWT middleware runs first.
func Register(r chi.Router, h *Handler) { // want Register:`routes\(arg0: 1 findings\)`
	r.Get("/notes/{id}", h.GetNote)
	r.Get("/me/notes/{id}", h.Mine)
}
