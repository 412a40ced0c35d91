package principals

// Registered behind the session middleware, the handler reads no principal
// and loads the note by path id alone.

import "net/http"

func (s *server) badSessionRegisteredOnly(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
