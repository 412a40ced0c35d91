package nethttp

// The path id is read and loaded; the handler never looks at the caller.

import "net/http"

func (s *Server) badPathID(w http.ResponseWriter, r *http.Request) {
	var n Note
	err := s.DB.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
