package guards

// The note is fetched by the path id and updated by its own id, with no
// owner check in between: both accesses are reported.

import "net/http"

func (s *server) badWriteByFetchedID(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if _, err := s.db.ExecContext(r.Context(), `UPDATE notes SET body = $1 WHERE id = $2`, r.FormValue("body"), n.ID); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		http.Error(w, "failed", http.StatusInternalServerError)
		return
	}
	n.Body = r.FormValue("body")
	writeJSON(w, n)
}
