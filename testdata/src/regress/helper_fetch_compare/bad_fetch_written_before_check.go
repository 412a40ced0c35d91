package helper_fetch_compare

// The document is written by a helper before its owner is compared with
// the caller.

import (
	"net/http"

	"authjwt"
)

func (s *server) getWrittenFirst(w http.ResponseWriter, r *http.Request) {
	var d document
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM documents WHERE id = $1`, r.PathValue("id")).Scan(&d.ID, &d.Owner, &d.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeDocument(w, d)
	ownedOr403(w, d.Owner, authjwt.Subject(r.Context()))
}
