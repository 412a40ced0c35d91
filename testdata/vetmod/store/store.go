// Package store is the notes repository.
package store

import (
	"context"
	"database/sql"
)

type Note struct {
	ID      string
	OwnerID string
	Body    string
}

type Store struct{ db *sql.DB }

func New(db *sql.DB) *Store { return &Store{db: db} }

// GetNote loads a note by id alone.
func (s *Store) GetNote(ctx context.Context, id string) (Note, error) {
	var n Note
	err := s.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

// GetOwnedNote loads a note by id and owner.
func (s *Store) GetOwnedNote(ctx context.Context, id, owner string) (Note, error) {
	var n Note
	err := s.db.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

// DeleteNote deletes a note by id alone.
func (s *Store) DeleteNote(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM notes WHERE id = $1`, id)
	return err
}
