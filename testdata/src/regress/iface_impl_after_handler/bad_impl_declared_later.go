package iface_impl_after_handler

// s.notes.byID loads any note by the path id; sqlStore, declared in
// zz_store.go after this file, is the implementation.

import "net/http"

func (s *server) badImplDeclaredLater(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.byID(r.Context(), r.PathValue("id")) // want `path parameter "id" reaches .*\(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
