// Package option is a minimal stub of github.com/lestrrat-go/option/v2@v2.0.0 for analyzer tests.
package option

// Interface defines the minimum interface that an option must fulfill
type Interface interface {
	// Ident returns the "identity" of this option, a unique identifier that
	// can be used to differentiate between options
	Ident() any

	// Value assigns the stored value into the dst argument, which must be
	// a pointer to a variable that can store the value.
	Value(dst any) error
}

// New creates a new Option
func New[T any](ident any, value T) Interface { panic("stub") }
