// Package api declares the store interface its handler needs; main wires
// the implementation in. Only api's tests import the implementation: the
// test variant of api, which go vet analyses in place of api, must judge
// the handler as api itself is judged, and leave the call to main.
package api

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"authjwt"

	"regress/test_variant_imports/model"
)

// Store loads notes.
type Store interface {
	Get(ctx context.Context, id string) (model.Note, error)
}

// Handler serves notes.
type Handler struct{ Store Store }

// Get loads any note by its path id; whether that is a flaw is known
// where the store is wired in.
func (h *Handler) Get(w http.ResponseWriter, r *http.Request) { // want Get:`findings\(pending \(regress/test_variant_imports/api.Store\).Get\)`
	log.Printf("note read by %s", authjwt.Subject(r.Context()))
	n, err := h.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	_ = json.NewEncoder(w).Encode(n)
}
