package guards

// A bool helper that compares: if !owns(ctx, id) { 403; return }.

import "net/http"

func (s *server) goodBoolHelper(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !owns(r.Context(), id) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
