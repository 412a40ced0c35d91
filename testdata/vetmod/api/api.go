// Package api holds the HTTP handlers; package routes mounts them.
package api

import (
	"encoding/json"
	"log"
	"net/http"

	"vetmod.example/auth"
	"vetmod.example/authz"
	"vetmod.example/notes"
	"vetmod.example/store"
)

type Handler struct {
	Notes *notes.Service
	Store *store.Store
}

func writeJSON(w http.ResponseWriter, v any) { _ = json.NewEncoder(w).Encode(v) }

// GetNote reads no subject: only the registration in package routes makes
// it authenticated, so the finding stands there.
func (h *Handler) GetNote(w http.ResponseWriter, r *http.Request) {
	n, err := h.Notes.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}

// GetNoteLogged reads the subject only to log it: three hops to the SQL.
func (h *Handler) GetNoteLogged(w http.ResponseWriter, r *http.Request) {
	log.Printf("note read by %s", auth.Subject(r.Context()))
	n, err := h.Notes.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}

// GetMine is scoped by the caller inside the service.
func (h *Handler) GetMine(w http.ResponseWriter, r *http.Request) {
	n, err := h.Notes.GetMine(r.Context(), r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}

// Delete is checked inside the service before the write.
func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {
	if err := h.Notes.Delete(r.Context(), r.PathValue("id")); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// UserNote is guarded by a helper of another package.
func (h *Handler) UserNote(w http.ResponseWriter, r *http.Request) {
	userID := r.PathValue("user")
	if err := authz.RequireUser(r.Context(), userID); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	n, err := h.Store.GetOwnedNote(r.Context(), r.PathValue("id"), userID)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	writeJSON(w, n)
}

// DeleteAny deletes through the store with no check.
func (h *Handler) DeleteAny(w http.ResponseWriter, r *http.Request) {
	_ = auth.Subject(r.Context())
	if err := h.Store.DeleteNote(r.Context(), r.PathValue("id")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
	}
}
