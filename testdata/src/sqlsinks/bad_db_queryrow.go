package sqlsinks

// (*sql.DB).QueryRow loads the path id with no check.

import "net/http"

func (s *server) badDBQueryRow(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var n note
	if err := s.db.QueryRow(`SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRow with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
