package sqlsinks

// (*sqlx.DB).Queryx lists the path folder id scoped to the JWT subject.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodSqlxQueryx(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rows, err := s.x.Queryx(`SELECT id, owner_id, body FROM notes WHERE folder_id = $1 AND owner_id = $2`, id, authjwt.Subject(r.Context()))
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		if err := rows.StructScan(&n); err != nil {
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		out = append(out, n)
	}
	writeJSON(w, out)
}
