// Package notes is the notes service between the handlers and the store.
package notes

import (
	"context"
	"errors"

	"vetmod.example/auth"
	"vetmod.example/store"
)

var ErrForbidden = errors.New("forbidden")

type Service struct{ st *store.Store }

func New(st *store.Store) *Service { return &Service{st: st} }

// Get passes the id on to the store.
func (s *Service) Get(ctx context.Context, id string) (store.Note, error) {
	return s.st.GetNote(ctx, id)
}

// GetMine scopes the lookup by the caller.
func (s *Service) GetMine(ctx context.Context, id string) (store.Note, error) {
	return s.st.GetOwnedNote(ctx, id, auth.Subject(ctx))
}

// Delete deletes the note only when the caller owns it.
func (s *Service) Delete(ctx context.Context, id string) error {
	n, err := s.st.GetNote(ctx, id)
	if err != nil {
		return err
	}
	if n.OwnerID != auth.Subject(ctx) {
		return ErrForbidden
	}
	return s.st.DeleteNote(ctx, id)
}
