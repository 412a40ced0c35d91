package notfound

// sql.ErrNoRows answers 404 before anything else is written.

import (
	"database/sql"
	"errors"
	"net/http"
)

func (s *server) goodScanNotFound(w http.ResponseWriter, r *http.Request) {
	var n note
	err := s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)).Scan(&n.ID, &n.OwnerID, &n.Body)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, n)
}
