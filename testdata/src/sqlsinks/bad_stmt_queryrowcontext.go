package sqlsinks

// A statement prepared with WHERE id = $1 runs with the path id; the SQL
// text is in the PrepareContext call.

import "net/http"

func (s *server) badStmtQueryRowContext(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	stmt, err := s.db.PrepareContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`)
	if err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	defer stmt.Close()
	var n note
	if err := stmt.QueryRowContext(r.Context(), id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.Stmt\)\.QueryRowContext with no check against the JWT subject`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
