package notfound

// Only errors other than sql.ErrNoRows stop the handler: a missing row
// falls through to the 200.

import (
	"database/sql"
	"errors"
	"net/http"
)

func (s *server) badFilteredOut(w http.ResponseWriter, r *http.Request) {
	var n note
	err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)).Scan(&n.ID, &n.OwnerID, &n.Body) // want `sql\.ErrNoRows from \(\*sql\.DB\)\.QueryRowContext`
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
