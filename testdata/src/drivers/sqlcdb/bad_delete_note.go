package sqlcdb

// store.(*Queries).DeleteNote(ctx, id): any note is deleted.

import (
	"net/http"
	"strconv"
)

func (s *server) badDeleteNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if err := s.q.DeleteNote(r.Context(), id); err != nil { // want `path parameter "id" reaches store\.\(\*Queries\)\.DeleteNote → \(store\.DBTX\)\.Exec`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
