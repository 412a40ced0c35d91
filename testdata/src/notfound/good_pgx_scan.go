package notfound

// pgx.ErrNoRows answers 404.

import (
	"errors"
	"net/http"

	"github.com/jackc/pgx/v5"
)

func (s *server) goodPgxScan(w http.ResponseWriter, r *http.Request) {
	var n note
	err := s.pool.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)).Scan(&n.ID, &n.OwnerID, &n.Body)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		http.Error(w, "not found", http.StatusNotFound)
	case err != nil:
		http.Error(w, "internal error", http.StatusInternalServerError)
	default:
		writeJSON(w, http.StatusOK, n)
	}
}
