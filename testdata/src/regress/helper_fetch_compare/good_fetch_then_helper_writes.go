package helper_fetch_compare

// The document is loaded, the helper that is given the writer compares
// its owner with the caller (and answers 403 itself), and only then is the
// document written.

import (
	"net/http"

	"authjwt"
)

func (s *server) getChecked(w http.ResponseWriter, r *http.Request) {
	var d document
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM documents WHERE id = $1`, r.PathValue("id")).Scan(&d.ID, &d.Owner, &d.Body); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if !ownedOr403(w, d.Owner, authjwt.Subject(r.Context())) {
		return
	}
	writeDocument(w, d)
}
