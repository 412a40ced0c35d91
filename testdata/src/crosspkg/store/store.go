// Package store is the repository layer: its summaries say which
// parameters reach which query.
package store

import (
	"context"
	"database/sql"
)

type Note struct{ ID, OwnerID, Body string }

type Store struct{ db *sql.DB }

// GetNote loads a note by id alone.
func (s *Store) GetNote(ctx context.Context, id string) (Note, error) { // want GetNote:`read\(arg2\)`
	var n Note
	err := s.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

// GetOwned loads a note by id and owner.
func (s *Store) GetOwned(ctx context.Context, id, owner string) (Note, error) { // want GetOwned:`read\(arg2 arg3\)`
	var n Note
	err := s.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

// Delete deletes a note by id alone.
func (s *Store) Delete(ctx context.Context, id string) error { // want Delete:`write\(arg2\)`
	_, err := s.db.ExecContext(ctx, `DELETE FROM notes WHERE id = $1`, id)
	return err
}
