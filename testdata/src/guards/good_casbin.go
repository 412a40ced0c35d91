package guards

// casbin decides: err != nil || !ok → 403 return.

import (
	"net/http"

	"authjwt"
)

func (s *server) goodCasbin(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ok, err := s.enf.Enforce(authjwt.Subject(r.Context()), id, "read")
	if err != nil || !ok {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
