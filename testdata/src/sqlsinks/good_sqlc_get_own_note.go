package sqlsinks

// An sqlc-style query scoped by its params struct (WHERE id = $1 AND
// owner_id = $2), called with the path id and the JWT subject.

import (
	"context"
	"net/http"
	"strconv"

	"authjwt"
)

const getOwnNote = `-- name: GetOwnNote :one
SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2
`

type getOwnNoteParams struct {
	ID      int64
	OwnerID string
}

func (q *queries) getOwnNote(ctx context.Context, arg getOwnNoteParams) (note, error) {
	row := q.db.QueryRowContext(ctx, getOwnNote, arg.ID, arg.OwnerID)
	var i note
	err := row.Scan(&i.ID, &i.OwnerID, &i.Body)
	return i, err
}

func (s *server) goodSqlcGetOwnNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.q.getOwnNote(r.Context(), getOwnNoteParams{ID: id, OwnerID: authjwt.Subject(r.Context())})
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
