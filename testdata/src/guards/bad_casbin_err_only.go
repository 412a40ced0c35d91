package guards

// casbin is asked about the subject and the note, but the handler acts only
// on the error and ignores the decision.

import (
	"net/http"

	"authjwt"
)

func (s *server) badCasbinErrOnly(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_, err := s.enf.Enforce(authjwt.Subject(r.Context()), id, "read")
	if err != nil {
		http.Error(w, "policy error", http.StatusInternalServerError)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
