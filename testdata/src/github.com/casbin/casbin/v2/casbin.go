// Package casbin is a minimal stub of github.com/casbin/casbin/v2@v2.135.0 for analyzer tests.
package casbin

// Enforcer is the main interface for authorization enforcement and policy management.
type Enforcer struct{}

// NewEnforcer creates an enforcer via file or DB.
func NewEnforcer(params ...interface{}) (*Enforcer, error) { panic("stub") }

func (e *Enforcer) LoadPolicy() error                          { panic("stub") }
func (e *Enforcer) Enforce(rvals ...interface{}) (bool, error) { panic("stub") }
func (e *Enforcer) EnforceWithMatcher(matcher string, rvals ...interface{}) (bool, error) {
	panic("stub")
}
func (e *Enforcer) EnforceEx(rvals ...interface{}) (bool, []string, error) { panic("stub") }
func (e *Enforcer) BatchEnforce(requests [][]interface{}) ([]bool, error)  { panic("stub") }
func (e *Enforcer) HasPolicy(params ...interface{}) (bool, error)          { panic("stub") }
func (e *Enforcer) AddPolicy(params ...interface{}) (bool, error)          { panic("stub") }

// SyncedEnforcer wraps Enforcer and provides synchronized access.
type SyncedEnforcer struct {
	*Enforcer
}

// NewSyncedEnforcer creates a synchronized enforcer via file or DB.
func NewSyncedEnforcer(params ...interface{}) (*SyncedEnforcer, error) { panic("stub") }

// Enforce decides whether a "subject" can access a "object" with the operation "action".
func (e *SyncedEnforcer) Enforce(rvals ...interface{}) (bool, error) { panic("stub") }

func (e *SyncedEnforcer) LoadPolicy() error { panic("stub") }
func (e *SyncedEnforcer) EnforceWithMatcher(matcher string, rvals ...interface{}) (bool, error) {
	panic("stub")
}
func (e *SyncedEnforcer) EnforceEx(rvals ...interface{}) (bool, []string, error) { panic("stub") }
func (e *SyncedEnforcer) BatchEnforce(requests [][]interface{}) ([]bool, error)  { panic("stub") }
func (e *SyncedEnforcer) HasPolicy(params ...interface{}) (bool, error)          { panic("stub") }
func (e *SyncedEnforcer) AddPolicy(params ...interface{}) (bool, error)          { panic("stub") }
