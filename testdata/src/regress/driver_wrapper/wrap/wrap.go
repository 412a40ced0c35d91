// Package wrap hides the driver behind the module's own interface, as
// services that wrap the mongo driver or database/sql for testing do.
package wrap

import (
	"context"
	"database/sql"
)

// Store loads one record by id.
type Store interface {
	Load(ctx context.Context, id string) (string, error)
}

type sqlStore struct{ db *sql.DB }

// New returns the database/sql implementation.
func New(db *sql.DB) Store { return &sqlStore{db: db} }

func (s *sqlStore) Load(ctx context.Context, id string) (string, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM notes WHERE id = $1`, id).Scan(&body)
	return body, err
}
