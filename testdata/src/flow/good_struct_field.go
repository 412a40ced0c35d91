package flow

// The request struct carries both the path id and the subject; the query is
// scoped by the subject field.

import (
	"net/http"

	"authjwt"
)

type getOwnNoteRequest struct {
	ID     string
	Caller string
}

func (s *server) goodStructField(w http.ResponseWriter, r *http.Request) {
	var req getOwnNoteRequest
	req.ID = r.PathValue("id")
	req.Caller = authjwt.Subject(r.Context())
	var n note
	_ = s.db.QueryRowContext(r.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, req.ID, req.Caller).Scan(&n.ID, &n.OwnerID, &n.Body)
	writeJSON(w, n)
}
