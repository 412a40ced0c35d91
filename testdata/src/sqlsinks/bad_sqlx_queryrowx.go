package sqlsinks

// (*sqlx.DB).QueryRowx loads the path id with no check.

import "net/http"

func (s *server) badSqlxQueryRowx(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var n note
	if err := s.x.QueryRowx(`SELECT id, owner_id, body FROM notes WHERE id = $1`, id).StructScan(&n); err != nil { // want `path parameter "id" reaches \(\*sqlx\.DB\)\.QueryRowx with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
