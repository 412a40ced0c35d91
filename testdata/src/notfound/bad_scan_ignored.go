package notfound

// The Scan error is discarded: a missing row answers 200 with a zero note.

import "net/http"

func (s *server) badScanIgnored(w http.ResponseWriter, r *http.Request) {
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, r.PathValue("id"), sub(r)).Scan(&n.ID, &n.OwnerID, &n.Body) // want `sql\.ErrNoRows from \(\*sql\.DB\)\.QueryRowContext can fall through to a success response`
	writeJSON(w, http.StatusOK, n)
}
