// Package option is a minimal stub of github.com/lestrrat-go/option@v1.0.1 for analyzer tests.
package option

// Interface defines the minimum interface that an option must fulfill
type Interface interface {
	// Ident returns the "identity" of this option, a unique identifier that
	// can be used to differentiate between options
	Ident() interface{}

	// Value returns the corresponding value.
	Value() interface{}
}

// New creates a new Option
func New(ident, value interface{}) Interface { panic("stub") }
