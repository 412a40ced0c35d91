package guards

// The requireOwner helper compares; the handler returns on err != nil.

import "net/http"

func (s *server) goodHelperError(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := requireOwner(r.Context(), id); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
