// Package service declares the note service and implements it over
// database/sql next to the interface, as Go services often do.
package service

import "database/sql"

// Note belongs to one user.
type Note struct {
	ID      int64
	OwnerID string
	GroupID string
	Body    string
}

// Group is a set of notes that one user owns.
type Group struct {
	ID      string
	OwnerID string
}

// GroupService loads groups.
type GroupService interface {
	GetGroup(id string) (Group, error)
}

type sqlGroupService struct{ db *sql.DB }

// NewSQLGroups returns the database/sql implementation.
func NewSQLGroups(db *sql.DB) GroupService { return &sqlGroupService{db: db} }

func (s *sqlGroupService) GetGroup(id string) (Group, error) {
	var g Group
	err := s.db.QueryRow(`SELECT id, owner_id FROM groups WHERE id = $1`, id).Scan(&g.ID, &g.OwnerID)
	return g, err
}

// NoteService loads and changes notes.
type NoteService interface {
	GetNote(id int64) (Note, error)
	GetOwnedNote(id int64, ownerID string) (Note, error)
	DeleteNote(id int64) error
}

type sqlNoteService struct{ db *sql.DB }

// NewSQL returns the database/sql implementation.
func NewSQL(db *sql.DB) NoteService { return &sqlNoteService{db: db} }

func (s *sqlNoteService) GetNote(id int64) (Note, error) {
	var n Note
	err := s.db.QueryRow(`SELECT id, owner_id, group_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.GroupID, &n.Body)
	return n, err
}

func (s *sqlNoteService) GetOwnedNote(id int64, ownerID string) (Note, error) {
	var n Note
	err := s.db.QueryRow(`SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, ownerID).Scan(&n.ID, &n.OwnerID, &n.Body)
	return n, err
}

func (s *sqlNoteService) DeleteNote(id int64) error {
	_, err := s.db.Exec(`DELETE FROM notes WHERE id = $1`, id)
	return err
}
