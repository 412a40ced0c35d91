// Package authz stands for a company's own authorization library.
package authz

// Can reports whether who may act on the object; named with -authorizers.
func Can(who, kind, id string) bool { panic("opaque") }
