// Package svc sits between the handlers and the store: a second hop.
package svc

import (
	"context"
	"errors"

	"authjwt"
	"crosspkg/store"
)

var ErrForbidden = errors.New("forbidden")

type Service struct{ St *store.Store }

// Get passes the id on to the store.
func (s *Service) Get(ctx context.Context, id string) (store.Note, error) { // want Get:`read\(arg2\)`
	return s.St.GetNote(ctx, id)
}

// Mine scopes the lookup by the caller: nothing for callers to check.
func (s *Service) Mine(ctx context.Context, id string) (store.Note, error) { // want Mine:`subject`
	return s.St.GetOwned(ctx, id, authjwt.Subject(ctx))
}

// Delete deletes only what the caller owns.
func (s *Service) Delete(ctx context.Context, id string) error { // want Delete:`subject`
	n, err := s.St.GetNote(ctx, id)
	if err != nil {
		return err
	}
	if n.OwnerID != authjwt.Subject(ctx) {
		return ErrForbidden
	}
	return s.St.Delete(ctx, id)
}
