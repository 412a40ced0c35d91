package guards

// Fetch-then-check does not cover a write: the UPDATE by id has already
// happened when the owner is compared.

import (
	"net/http"

	"authjwt"
)

func (s *server) badUpdateThenCheck(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2`, r.FormValue("body"), id); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	var owner string
	if err := s.db.QueryRowContext(r.Context(), `SELECT owner_id FROM notes WHERE id = $1`, id).Scan(&owner); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if owner != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
