// Package provider holds the services in a package-level struct that the
// server reaches them through; the server never imports the package that
// implements them.
package provider

import (
	"database/sql"

	"regress/provider_global_iface/service"
)

// ServiceProvider holds the services.
type ServiceProvider struct {
	Notes  service.NoteService
	Groups service.GroupService
}

// Provider is set once at start-up.
var Provider *ServiceProvider

// Initialize wires the implementations in.
func Initialize(db *sql.DB) {
	Provider = &ServiceProvider{Notes: service.NewSQL(db), Groups: service.NewSQLGroups(db)}
}
