package guards

// The twin of good_early_return.go without the guard: the path user id is
// loaded for any caller.

import "net/http"

func (s *server) badEarlyReturnMissing(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	writeJSON(w, out)
}
