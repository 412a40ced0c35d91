package sqlcdb

// store.(*Queries).GetNoteForOwner(ctx, GetNoteForOwnerParams{ID: id,
// OwnerID: sub}): the generated query is scoped by the subject.

import (
	"net/http"
	"strconv"

	"authjwt"
	"drivers/sqlcdb/store"
)

func (s *server) goodGetNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.q.GetNoteForOwner(r.Context(), store.GetNoteForOwnerParams{ID: id, OwnerID: authjwt.Subject(r.Context())})
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
