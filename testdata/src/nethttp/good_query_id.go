package nethttp

// The twin of bad_query_id.go: the owner to list must be the caller.

import (
	"net/http"

	"authjwt"
)

func (s *Server) goodQueryID(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	if owner != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.DB.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	if err != nil {
		return
	}
	defer rows.Close()
	var out []Note
	for rows.Next() {
		var n Note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	writeJSON(w, out)
}
