// Package store stands for a company's own data layer, opaque to the
// analysis: the test names its methods with -sinks.
package store

import "context"

type DB struct{}

// Delete deletes the object with the given id.
func (db *DB) Delete(ctx context.Context, id string) error { panic("opaque") }
