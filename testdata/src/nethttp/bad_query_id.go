package nethttp

// The owner to list comes from the query string.

import "net/http"

func (s *Server) badQueryID(w http.ResponseWriter, r *http.Request) {
	rows, err := s.DB.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, r.URL.Query().Get("owner")) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
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
