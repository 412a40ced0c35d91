package gorm_error_return

// The same helpers, but the note's owner is compared with the subject
// before the delete runs.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodDeleteAfterCheck(w http.ResponseWriter, r *http.Request) {
	n, err := s.notes.getNote(pathID(r))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err := s.notes.deleteNote(n.ID); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
