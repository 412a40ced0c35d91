package sqlcdb

// store.(*Queries).UpdateNoteBody with UpdatedBy: sub: the subject is a
// value written (SET updated_by = $3), the WHERE has the id alone.

import (
	"net/http"
	"strconv"

	"authjwt"
	"drivers/sqlcdb/store"
)

func (s *server) badUpdateSetOnly(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := s.q.UpdateNoteBody(r.Context(), store.UpdateNoteBodyParams{ID: id, Body: r.FormValue("body"), UpdatedBy: authjwt.Subject(r.Context())}); err != nil { // want `path parameter "id" reaches store\.\(\*Queries\)\.UpdateNoteBody → \(store\.DBTX\)\.Exec`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
