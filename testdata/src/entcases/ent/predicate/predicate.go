// Package predicate is a hand-written imitation of the code that entgo.io/ent@v0.14.5
// generates for a Note schema (fields owner_id, title), for analyzer tests.
// Shapes are copied from real entc output; bodies are stubs.
package predicate

import (
	"entgo.io/ent/dialect/sql"
)

// Note is the predicate function for note builders.
type Note func(*sql.Selector)
