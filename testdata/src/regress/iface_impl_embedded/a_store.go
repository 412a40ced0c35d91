// Package iface_impl_embedded: sqlc's Store pattern. The handler holds a
// Store interface; sqlStore satisfies it by embedding *queries (whose
// methods are promoted) and adding a transaction method of its own.
package iface_impl_embedded

import (
	"context"
	"database/sql"
)

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type queries struct{ db *sql.DB }

func (q *queries) getNote(ctx context.Context, id int64) (note, error) {
	var n note
	err := q.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

type store interface {
	getNote(ctx context.Context, id int64) (note, error)
	moveTx(ctx context.Context, from, to int64) error
}

// sqlStore gets getNote from the embedded *queries.
type sqlStore struct {
	*queries
	db *sql.DB
}

func (s *sqlStore) moveTx(ctx context.Context, from, to int64) error { return nil }

var _ store = (*sqlStore)(nil)
