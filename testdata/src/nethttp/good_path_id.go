package nethttp

// The twin of bad_path_id.go: the path id is loaded by a query scoped to the
// JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *Server) goodPathID(w http.ResponseWriter, r *http.Request) {
	var n Note
	err := s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), authjwt.Subject(r.Context())).Scan(&n.ID, &n.OwnerID, &n.Body)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
