package guards

// The handler acts on the helper's error only when it is context.Canceled;
// authjwt.ErrForbidden falls through to the query.

import (
	"context"
	"errors"
	"net/http"
)

func (s *server) badHelperErrorsIsOther(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := requireOwner(r.Context(), id); errors.Is(err, context.Canceled) {
		http.Error(w, "canceled", http.StatusServiceUnavailable)
		return
	}
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	writeJSON(w, n)
}
