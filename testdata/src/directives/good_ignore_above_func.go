package directives

// //bola:ignore <reason> above the function silences its findings.

import "net/http"

// goodIgnoreAboveFunc serves notes to any signed-in user.
//
//bola:ignore notes are world-readable; ownership only limits writes
func (s *server) goodIgnoreAboveFunc(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, r.PathValue("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
