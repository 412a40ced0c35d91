package sqlsinks

// (*sqlx.DB).Queryx lists the path folder id with no check.

import "net/http"

func (s *server) badSqlxQueryx(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rows, err := s.x.Queryx(`SELECT id, owner_id, body FROM notes WHERE folder_id = $1`, id) // want `path parameter "id" reaches \(\*sqlx\.DB\)\.Queryx with no check against the JWT subject`
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
