package guards

// Authorization helpers the guard scenarios share.

import (
	"context"
	"sync"

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

// lockedPolicy holds its grants behind a lock, released by a defer: its
// results reach the caller through result slots.
type lockedPolicy struct {
	mu     sync.RWMutex
	grants []grant
}

type grant struct{ sub, obj string }

// Allowed reports whether sub was granted obj.
func (p *lockedPolicy) Allowed(sub, obj string) bool { // want Allowed:`check\(arg0\.1\.0=arg1\) .*check\(arg0\.1\.1=arg2\)`
	p.mu.RLock()
	defer p.mu.RUnlock()
	for _, g := range p.grants {
		if g.sub == sub && g.obj == obj {
			return true
		}
	}
	return false
}
