package guards

// The subject is a value written (SET editor = $3), not a filter: the
// UPDATE touches the note whatever its owner.

import (
	"net/http"

	"authjwt"
)

func (s *server) badSubjectInSet(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("body")
	_, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1, editor = $3 WHERE id = $2`, body, r.PathValue("id"), authjwt.Subject(r.Context())) // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
