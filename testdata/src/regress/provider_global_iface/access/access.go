// Package access holds the authorization helper: it loads a group through
// the provider and compares its owner with the user it is given. Its
// success says the group belongs to that user.
package access

import (
	"errors"

	"regress/provider_global_iface/provider"
)

// ErrForbidden is returned when the user does not own the group.
var ErrForbidden = errors.New("forbidden")

// RequireGroup fails unless userID owns the group groupID.
func RequireGroup(groupID, userID string) error { // want RequireGroup:`check\(arg0=arg1\)`
	g, err := provider.Provider.Groups.GetGroup(groupID)
	if err != nil {
		return err
	}
	if g.OwnerID != userID {
		return ErrForbidden
	}
	return nil
}
