package guards

// The owner is fetched and compared first; the UPDATE keyed by the same
// request id runs only on the path where the check passed.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodCheckThenUpdate(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var owner string
	if err := s.db.QueryRowContext(r.Context(), `SELECT owner_id FROM notes WHERE id = $1`, id).Scan(&owner); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if owner != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2`, r.FormValue("body"), id); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
