package guards

// The fetched note's owner is checked; the later UPDATE keyed by the
// fetched object's id is covered.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodWriteByFetchedID(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if n.OwnerID != authjwt.Subject(r.Context()) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2`, r.FormValue("body"), n.ID); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	n.Body = r.FormValue("body")
	writeJSON(w, n)
}
