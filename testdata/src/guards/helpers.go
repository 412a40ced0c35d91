package guards

// Authorization helpers the guard scenarios share.

import (
	"context"

	"authjwt"
)

// requireOwner returns authjwt.ErrForbidden unless id is the caller.
func requireOwner(ctx context.Context, id string) error {
	if authjwt.Subject(ctx) != id {
		return authjwt.ErrForbidden
	}
	return nil
}

// owns reports whether id is the caller.
func owns(ctx context.Context, id string) bool {
	return authjwt.Subject(ctx) == id
}

// policy is an in-package enforcer: it looks the grants of a subject up.
type policy struct {
	grants map[string]map[string]bool // subject → "object:action"
}

// Enforce reports whether sub may perform act on obj.
func (p *policy) Enforce(sub, obj, act string) bool { // want Enforce:`check\(arg1=data\)`
	return p.grants[sub][obj+":"+act]
}
