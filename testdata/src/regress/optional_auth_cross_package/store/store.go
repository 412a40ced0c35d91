// Package store implements the comment store; only app imports it.
package store

import "database/sql"

// Comments deletes comments.
type Comments struct{ DB *sql.DB }

// Delete deletes a comment by id alone.
func (s *Comments) Delete(id string) error {
	_, err := s.DB.Exec(`DELETE FROM comments WHERE id = $1`, id)
	return err
}
