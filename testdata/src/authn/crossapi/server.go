// Package crossapi registers the handlers of authn/crossnotes. When the
// only thing that makes a handler authenticated is a registration here, the
// diagnostic stands at that registration and names the handler.
package crossapi
