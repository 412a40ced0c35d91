// Package sql is a minimal stub of entgo.io/ent/dialect/sql@v0.14.5 for analyzer tests.
//
// Only what the hand-written imitation of ent-generated code in
// testdata/src/entcases needs is declared.
package sql

// Selector is a builder for the `SELECT` statement.
type Selector struct{}

// Where sets or appends the given predicate to the statement.
func (s *Selector) Where(p *Predicate) *Selector { panic("stub") }

// C returns a formatted string for a selected column from this statement.
func (s *Selector) C(column string) string { panic("stub") }

// Predicate is a where predicate.
type Predicate struct{}

// EQ returns a "=" predicate.
func EQ(col string, value any) *Predicate { panic("stub") }

// SelectValues maps a selected column to its value.
type SelectValues map[string]any

// UnknownType is a named type to any indicates the info
// needs to be extracted from the underlying rows.
type UnknownType any

func FieldIsNull(name string) func(*Selector)                   { panic("stub") }
func FieldNotNull(name string) func(*Selector)                  { panic("stub") }
func FieldEQ(name string, v any) func(*Selector)                { panic("stub") }
func FieldNEQ(name string, v any) func(*Selector)               { panic("stub") }
func FieldGT(name string, v any) func(*Selector)                { panic("stub") }
func FieldGTE(name string, v any) func(*Selector)               { panic("stub") }
func FieldLT(name string, v any) func(*Selector)                { panic("stub") }
func FieldLTE(name string, v any) func(*Selector)               { panic("stub") }
func FieldIn[T any](name string, vs ...T) func(*Selector)       { panic("stub") }
func FieldNotIn[T any](name string, vs ...T) func(*Selector)    { panic("stub") }
func FieldHasPrefix(name string, prefix string) func(*Selector) { panic("stub") }
func FieldContains(name string, substr string) func(*Selector)  { panic("stub") }

type (
	// OrderFieldTerm represents an ordering by a field.
	OrderFieldTerm struct {
		OrderTermOptions
		Field string // Field name.
	}
	// OrderTermOptions represents options for ordering by a term.
	OrderTermOptions struct {
		Desc       bool   // Whether to sort in descending order.
		As         string // Optional alias.
		Selected   bool   // Whether the term should be selected.
		NullsFirst bool   // Whether to sort nulls first.
		NullsLast  bool   // Whether to sort nulls last.
	}
	// OrderTermOption is an option for ordering by a term.
	OrderTermOption func(*OrderTermOptions)
)

// OrderDesc returns an option to sort in descending order.
func OrderDesc() OrderTermOption { panic("stub") }

// OrderAsc returns an option to sort in ascending order.
func OrderAsc() OrderTermOption { panic("stub") }

// OrderByField returns an ordering by the given field.
func OrderByField(field string, opts ...OrderTermOption) *OrderFieldTerm { panic("stub") }

// ToFunc returns a function that sets the ordering on the given selector.
func (f *OrderFieldTerm) ToFunc() func(*Selector) { panic("stub") }
