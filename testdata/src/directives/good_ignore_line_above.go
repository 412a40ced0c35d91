package directives

// //bola:ignore <reason> on the line above the sink silences the finding.

import "net/http"

func (s *server) goodIgnoreLineAbove(w http.ResponseWriter, r *http.Request) {
	var n note
	//bola:ignore notes are world-readable; ownership only limits writes
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
