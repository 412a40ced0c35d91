package guards

// Fetch-then-check done too late: the note is written to the response
// before its owner is compared with the subject.

import (
	"log"
	"net/http"

	"authjwt"
)

func (s *server) badFetchCheckAfterWrite(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
	if n.OwnerID != authjwt.Subject(r.Context()) {
		log.Printf("note %d served to a non-owner", n.ID)
		return
	}
}
