package guards

// Early return: if id != sub { 403; return } before the query.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodEarlyReturn(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id != authjwt.Subject(r.Context()) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id)
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
