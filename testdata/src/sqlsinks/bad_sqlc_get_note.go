package sqlsinks

// An sqlc-style query that selects by id alone, called with the path id.

import (
	"context"
	"net/http"
	"strconv"
)

const getNote = `-- name: GetNote :one
SELECT id, owner_id, body FROM notes WHERE id = $1
`

func (q *queries) getNote(ctx context.Context, id int64) (note, error) {
	row := q.db.QueryRowContext(ctx, getNote, id)
	var i note
	err := row.Scan(&i.ID, &i.OwnerID, &i.Body)
	return i, err
}

func (s *server) badSqlcGetNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	n, err := s.q.getNote(r.Context(), id) // want `path parameter "id" reaches sqlsinks\.\(\*queries\)\.getNote`
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, n)
}
