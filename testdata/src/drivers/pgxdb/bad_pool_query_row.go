package pgxdb

// (*pgxpool.Pool).QueryRow by the path id alone.

import "net/http"

func (s *server) badPoolQueryRow(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.pool.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*pgxpool\.Pool\)\.QueryRow`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
