// Package web stands for a company's own router helpers, which the
// knowledge tables do not know: the test names them with flags.
package web

import "net/http"

// Param returns the path parameter name.
func Param(r *http.Request, name string) string { panic("opaque") }
