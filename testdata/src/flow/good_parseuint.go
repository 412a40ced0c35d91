package flow

// The ParseUint'd path id is deleted only among the caller's notes.

import (
	"net/http"
	"strconv"

	"authjwt"
)

func (s *server) goodParseUint(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
