package sqlcdb

// store.(*Queries).UpdateNoteBodyForOwner: the subject is written and
// scopes the WHERE (owner_id = $3).

import (
	"net/http"
	"strconv"

	"authjwt"
	"drivers/sqlcdb/store"
)

func (s *server) goodUpdateSetOnly(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := s.q.UpdateNoteBodyForOwner(r.Context(), store.UpdateNoteBodyForOwnerParams{ID: id, Body: r.FormValue("body"), OwnerID: authjwt.Subject(r.Context())}); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
