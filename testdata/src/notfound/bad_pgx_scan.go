package notfound

// pgx's QueryRow(...).Scan error is dropped.

import "net/http"

func (s *server) badPgxScan(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.pool.QueryRow(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)).Scan(&n.ID, &n.OwnerID, &n.Body) // want `pgx\.ErrNoRows from \(\*pgxpool\.Pool\)\.QueryRow`
	writeJSON(w, http.StatusOK, n)
}
