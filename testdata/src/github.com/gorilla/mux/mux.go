// Package mux is a minimal stub of github.com/gorilla/mux@v1.8.1 for analyzer tests.
package mux

import (
	"errors"
	"net/http"
	"net/url"
)

var (
	// ErrMethodMismatch is returned when the method in the request does not match
	// the method defined against the route.
	ErrMethodMismatch = errors.New("method is not allowed")
	// ErrNotFound is returned when no route match is found.
	ErrNotFound = errors.New("no matching route was found")
)

// NewRouter returns a new router instance.
func NewRouter() *Router { panic("stub") }

// Router registers routes to be matched and dispatches a handler.
type Router struct {
	NotFoundHandler         http.Handler
	MethodNotAllowedHandler http.Handler
	KeepContext             bool
}

func (r *Router) Match(req *http.Request, match *RouteMatch) bool    { panic("stub") }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) { panic("stub") }
func (r *Router) Get(name string) *Route                             { panic("stub") }
func (r *Router) GetRoute(name string) *Route                        { panic("stub") }
func (r *Router) StrictSlash(value bool) *Router                     { panic("stub") }
func (r *Router) SkipClean(value bool) *Router                       { panic("stub") }
func (r *Router) UseEncodedPath() *Router                            { panic("stub") }
func (r *Router) NewRoute() *Route                                   { panic("stub") }
func (r *Router) Name(name string) *Route                            { panic("stub") }
func (r *Router) Handle(path string, handler http.Handler) *Route    { panic("stub") }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter,
	*http.Request)) *Route {
	panic("stub")
}
func (r *Router) Headers(pairs ...string) *Route       { panic("stub") }
func (r *Router) Host(tpl string) *Route               { panic("stub") }
func (r *Router) MatcherFunc(f MatcherFunc) *Route     { panic("stub") }
func (r *Router) Methods(methods ...string) *Route     { panic("stub") }
func (r *Router) Path(tpl string) *Route               { panic("stub") }
func (r *Router) PathPrefix(tpl string) *Route         { panic("stub") }
func (r *Router) Queries(pairs ...string) *Route       { panic("stub") }
func (r *Router) Schemes(schemes ...string) *Route     { panic("stub") }
func (r *Router) BuildVarsFunc(f BuildVarsFunc) *Route { panic("stub") }
func (r *Router) Walk(walkFn WalkFunc) error           { panic("stub") }
func (r *Router) Use(mwf ...MiddlewareFunc)            { panic("stub") }

// WalkFunc is the type of the function called for each route visited by Walk.
type WalkFunc func(route *Route, router *Router, ancestors []*Route) error

// RouteMatch stores information about a matched route.
type RouteMatch struct {
	Route    *Route
	Handler  http.Handler
	Vars     map[string]string
	MatchErr error
}

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string { panic("stub") }

// CurrentRoute returns the matched route for the current request, if any.
func CurrentRoute(r *http.Request) *Route { panic("stub") }

// SetURLVars sets the URL variables for the given request, to be accessed via
// mux.Vars for testing route behaviour.
func SetURLVars(r *http.Request, val map[string]string) *http.Request { panic("stub") }

// Route stores information to match a request and build URLs.
type Route struct{}

func (r *Route) SkipClean() bool                                               { panic("stub") }
func (r *Route) Match(req *http.Request, match *RouteMatch) bool               { panic("stub") }
func (r *Route) GetError() error                                               { panic("stub") }
func (r *Route) BuildOnly() *Route                                             { panic("stub") }
func (r *Route) Handler(handler http.Handler) *Route                           { panic("stub") }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { panic("stub") }
func (r *Route) GetHandler() http.Handler                                      { panic("stub") }
func (r *Route) Name(name string) *Route                                       { panic("stub") }
func (r *Route) GetName() string                                               { panic("stub") }
func (r *Route) Headers(pairs ...string) *Route                                { panic("stub") }
func (r *Route) HeadersRegexp(pairs ...string) *Route                          { panic("stub") }
func (r *Route) Host(tpl string) *Route                                        { panic("stub") }
func (r *Route) MatcherFunc(f MatcherFunc) *Route                              { panic("stub") }
func (r *Route) Methods(methods ...string) *Route                              { panic("stub") }
func (r *Route) Path(tpl string) *Route                                        { panic("stub") }
func (r *Route) PathPrefix(tpl string) *Route                                  { panic("stub") }
func (r *Route) Queries(pairs ...string) *Route                                { panic("stub") }
func (r *Route) Schemes(schemes ...string) *Route                              { panic("stub") }
func (r *Route) BuildVarsFunc(f BuildVarsFunc) *Route                          { panic("stub") }
func (r *Route) Subrouter() *Router                                            { panic("stub") }
func (r *Route) URL(pairs ...string) (*url.URL, error)                         { panic("stub") }
func (r *Route) URLHost(pairs ...string) (*url.URL, error)                     { panic("stub") }
func (r *Route) URLPath(pairs ...string) (*url.URL, error)                     { panic("stub") }
func (r *Route) GetPathTemplate() (string, error)                              { panic("stub") }
func (r *Route) GetPathRegexp() (string, error)                                { panic("stub") }
func (r *Route) GetQueriesRegexp() ([]string, error)                           { panic("stub") }
func (r *Route) GetQueriesTemplates() ([]string, error)                        { panic("stub") }
func (r *Route) GetMethods() ([]string, error)                                 { panic("stub") }
func (r *Route) GetHostTemplate() (string, error)                              { panic("stub") }
func (r *Route) GetVarNames() ([]string, error)                                { panic("stub") }

// MatcherFunc is the function signature used by custom matchers.
type MatcherFunc func(*http.Request, *RouteMatch) bool

// Match returns the match for a given request.
func (m MatcherFunc) Match(r *http.Request, match *RouteMatch) bool { panic("stub") }

// BuildVarsFunc is the function signature used by custom build variable
// functions (which can modify route variables before a route's URL is built).
type BuildVarsFunc func(map[string]string) map[string]string

// MiddlewareFunc is a function which receives an http.Handler and returns another http.Handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Middleware allows MiddlewareFunc to implement the middleware interface.
func (mw MiddlewareFunc) Middleware(handler http.Handler) http.Handler { panic("stub") }

// CORSMethodMiddleware automatically sets the Access-Control-Allow-Methods response header.
func CORSMethodMiddleware(r *Router) MiddlewareFunc { panic("stub") }
