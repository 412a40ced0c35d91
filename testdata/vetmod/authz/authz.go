// Package authz holds the ownership checks the handlers share.
package authz

import (
	"context"
	"errors"

	"vetmod.example/auth"
)

var ErrForbidden = errors.New("forbidden")

// RequireUser fails unless userID is the caller.
func RequireUser(ctx context.Context, userID string) error {
	if auth.Subject(ctx) != userID {
		return ErrForbidden
	}
	return nil
}
