package sqlsinks

// (*sqlx.DB).SelectContext lists the path folder id with no check.

import "net/http"

func (s *server) badSqlxSelectContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var out []note
	if err := s.x.SelectContext(r.Context(), &out, `SELECT id, owner_id, body FROM notes WHERE folder_id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sqlx\.DB\)\.SelectContext with no check against the JWT subject`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, out)
}
