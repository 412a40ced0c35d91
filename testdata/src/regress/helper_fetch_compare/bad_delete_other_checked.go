package helper_fetch_compare

// The helper checks the folder the client names, and the document by
// another id is deleted.

import (
	"net/http"

	"authjwt"
)

func (s *server) deleteOtherChecked(w http.ResponseWriter, r *http.Request) {
	if err := s.requireOwner(r.Context(), r.PathValue("folder"), authjwt.Subject(r.Context())); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `DELETE FROM documents WHERE id = $1`, r.PathValue("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
