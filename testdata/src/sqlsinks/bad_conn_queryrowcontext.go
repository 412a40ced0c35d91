package sqlsinks

// (*sql.Conn).QueryRowContext loads the path id with no check.

import "net/http"

func (s *server) badConnQueryRowContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	conn, err := s.db.Conn(r.Context())
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	var n note
	if err := conn.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.Conn\)\.QueryRowContext with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
