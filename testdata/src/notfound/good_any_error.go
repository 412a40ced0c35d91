package notfound

// Any error, the missing row among them, goes to writeError, which
// answers it, and the handler returns.

import "net/http"

func (s *server) goodAnyError(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
