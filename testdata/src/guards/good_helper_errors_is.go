package guards

// The handler returns when the helper's error is authjwt.ErrForbidden.

import (
	"errors"
	"net/http"

	"authjwt"
)

func (s *server) goodHelperErrorsIs(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := requireOwner(r.Context(), id); errors.Is(err, authjwt.ErrForbidden) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
