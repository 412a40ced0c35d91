// Package authz holds a guard helper whose check is inferred and carried
// to other packages.
package authz

import (
	"context"
	"errors"

	"authjwt"
)

var ErrForbidden = errors.New("forbidden")

// RequireUser fails unless userID is the caller.
func RequireUser(ctx context.Context, userID string) error { // want RequireUser:`check\(arg1=subject\) subject`
	if authjwt.Subject(ctx) != userID {
		return ErrForbidden
	}
	return nil
}
