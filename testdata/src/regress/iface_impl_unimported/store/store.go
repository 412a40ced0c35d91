// Package store implements notes.Store with gorm; api does not import it.
package store

import (
	"regress/iface_impl_unimported/notes"

	"gorm.io/gorm"
)

type gormStore struct{ db *gorm.DB }

// New returns the gorm implementation of notes.Store.
func New(db *gorm.DB) notes.Store { return &gormStore{db: db} }

func (s *gormStore) ByID(id uint) (*notes.Note, error) {
	var n notes.Note
	if err := s.db.First(&n, id).Error; err != nil {
		return nil, err
	}
	return &n, nil
}

func (s *gormStore) Delete(n *notes.Note) error {
	return s.db.Delete(n).Error
}
