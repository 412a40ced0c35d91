package notfound

// A public handler (no subject, no middleware): not reported.

import "net/http"

func (s *server) goodPublic(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, http.StatusOK, n)
}
