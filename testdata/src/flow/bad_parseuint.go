package flow

// The path id goes through strconv.ParseUint and is deleted; nothing ties it
// to the caller.

import (
	"net/http"
	"strconv"
)

func (s *server) badParseUint(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
