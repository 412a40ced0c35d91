// Package flags holds scenarios that only the flags make visible: the
// accessor, the data layer, the caller and the authorizer are the
// company's own (testdata/src/acme).
package flags

import "acme/store"

type Server struct{ DB *store.DB }
