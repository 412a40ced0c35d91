package sqlcdb

// store.(*Queries).DeleteNoteForOwner: scoped by the subject.

import (
	"net/http"
	"strconv"

	"authjwt"
	"drivers/sqlcdb/store"
)

func (s *server) goodDeleteNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := s.q.DeleteNoteForOwner(r.Context(), store.DeleteNoteForOwnerParams{ID: id, OwnerID: authjwt.Subject(r.Context())}); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
