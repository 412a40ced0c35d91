package sqlsinks

// (*sqlx.DB).Get loads the path id with no check.

import "net/http"

func (s *server) badSqlxGet(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var n note
	if err := s.x.Get(&n, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id); err != nil { // want `path parameter "id" reaches \(\*sqlx\.DB\)\.Get with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
