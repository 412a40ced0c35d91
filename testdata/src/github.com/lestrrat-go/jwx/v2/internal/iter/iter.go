// Package iter is a minimal stub of github.com/lestrrat-go/jwx/v2/internal/iter@v2.1.7 for analyzer tests.
package iter

// MapVisitor is a specialized visitor for our purposes.
type MapVisitor interface {
	Visit(string, interface{}) error
}

// MapVisitorFunc is a type of MapVisitor based on a function
type MapVisitorFunc func(string, interface{}) error

func (fn MapVisitorFunc) Visit(s string, v interface{}) error { panic("stub") }
