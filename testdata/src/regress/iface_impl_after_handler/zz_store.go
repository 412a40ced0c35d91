package iface_impl_after_handler

// The implementation comes last in file order, after every handler.

import (
	"context"
	"database/sql"
)

type sqlStore struct{ db *sql.DB }

var _ noteStore = (*sqlStore)(nil)

func (s *sqlStore) byID(ctx context.Context, id string) (note, error) {
	var n note
	err := s.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (s *sqlStore) byOwner(ctx context.Context, id, owner string) (note, error) {
	var n note
	err := s.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}
