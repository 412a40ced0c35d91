package sqlsinks

// (*sql.DB).QueryContext lists the path id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodDBQueryContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rows, err := s.db.QueryContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context()))
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
