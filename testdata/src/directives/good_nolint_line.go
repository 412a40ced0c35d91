package directives

// //nolint:bola at the end of the sink's line silences the finding.

import "net/http"

func (s *server) goodNolintLine(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body) //nolint:bola
	writeJSON(w, n)
}
