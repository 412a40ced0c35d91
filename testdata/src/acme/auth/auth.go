// Package auth stands for a company's own authentication library.
package auth

import "context"

// Caller returns the authenticated caller's id. Its name does not say so:
// the test names it with -subjects.
func Caller(ctx context.Context) string { panic("opaque") }
