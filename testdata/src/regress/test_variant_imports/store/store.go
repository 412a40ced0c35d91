// Package store implements the notes store over database/sql.
package store

import (
	"context"
	"database/sql"

	"regress/test_variant_imports/model"
)

// Notes is the database/sql store.
type Notes struct{ DB *sql.DB }

// Get loads a note by id alone.
func (n *Notes) Get(ctx context.Context, id string) (model.Note, error) {
	var note model.Note
	err := n.DB.QueryRowContext(ctx, `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&note.ID, &note.OwnerID, &note.Body)
	return note, err
}
