package sqlsinks

// (*sql.DB).QueryContext lists the path id with no check.

import "net/http"

func (s *server) badDBQueryContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		if err := rows.Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		out = append(out, n)
	}
	writeJSON(w, out)
}
