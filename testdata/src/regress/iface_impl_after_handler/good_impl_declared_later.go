package iface_impl_after_handler

// byOwner scopes the query by the subject in the implementation declared
// later in zz_store.go.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodImplDeclaredLater(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.byOwner(r.Context(), r.PathValue("id"), authjwt.Subject(r.Context()))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
