// Package chi is a minimal stub of github.com/go-chi/chi/v5@v5.5.0 for analyzer tests.
package chi

import (
	"context"
	"net/http"
)

// NewRouter returns a new Mux object that implements the Router interface.
func NewRouter() *Mux { panic("stub") }

// Router consisting of the core routing methods used by chi's Mux.
type Router interface {
	http.Handler
	Routes

	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Method(method, pattern string, h http.Handler)
	MethodFunc(method, pattern string, h http.HandlerFunc)
	Connect(pattern string, h http.HandlerFunc)
	Delete(pattern string, h http.HandlerFunc)
	Get(pattern string, h http.HandlerFunc)
	Head(pattern string, h http.HandlerFunc)
	Options(pattern string, h http.HandlerFunc)
	Patch(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Put(pattern string, h http.HandlerFunc)
	Query(pattern string, h http.HandlerFunc)
	Trace(pattern string, h http.HandlerFunc)
	NotFound(h http.HandlerFunc)
	MethodNotAllowed(h http.HandlerFunc)
}

// Routes interface adds two methods for router traversal.
type Routes interface {
	Routes() []Route
	Middlewares() Middlewares
	Match(rctx *Context, method, path string) bool
	Find(rctx *Context, method, path string) string
}

// Middlewares type is a slice of standard middleware handlers.
type Middlewares []func(http.Handler) http.Handler

// Chain returns a Middlewares type from a slice of middleware handlers.
func Chain(middlewares ...func(http.Handler) http.Handler) Middlewares { panic("stub") }

// Handler builds and returns a http.Handler from the chain of middlewares.
func (mws Middlewares) Handler(h http.Handler) http.Handler { panic("stub") }

// HandlerFunc builds and returns a http.Handler from the chain of middlewares.
func (mws Middlewares) HandlerFunc(h http.HandlerFunc) http.Handler { panic("stub") }

// Route describes the details of a routing handler.
type Route struct {
	SubRoutes Routes
	Handlers  map[string]http.Handler
	Pattern   string
}

// URLParam returns the url parameter from a http.Request object.
func URLParam(r *http.Request, key string) string { panic("stub") }

// URLParamFromCtx returns the url parameter from a http.Request Context.
func URLParamFromCtx(ctx context.Context, key string) string { panic("stub") }

// RouteContext returns chi's routing Context object from a http.Request Context.
func RouteContext(ctx context.Context) *Context { panic("stub") }

// NewRouteContext returns a new routing Context object.
func NewRouteContext() *Context { panic("stub") }

// RouteCtxKey is the context.Context key to store the request context.
var RouteCtxKey = &contextKey{"RouteContext"}

type contextKey struct {
	name string
}

// Context is the default routing context set on the root node of a request context.
type Context struct {
	Routes        Routes
	RoutePath     string
	RouteMethod   string
	URLParams     RouteParams
	RoutePatterns []string
}

// Reset a routing context to its initial state.
func (x *Context) Reset() { panic("stub") }

// Clone creates a deep copy of the routing Context.
func (x *Context) Clone() *Context { panic("stub") }

// URLParam returns the corresponding URL parameter value from the request routing context.
func (x *Context) URLParam(key string) string { panic("stub") }

// RoutePattern builds the routing pattern string for the particular request.
func (x *Context) RoutePattern() string { panic("stub") }

// RouteParams is a structure to track URL routing parameters efficiently.
type RouteParams struct {
	Keys, Values []string
}

// Add will append a URL parameter to the end of the route param.
func (s *RouteParams) Add(key, value string) { panic("stub") }

// Mux is a simple HTTP route multiplexer.
type Mux struct{}

// NewMux returns a newly initialized Mux object that implements the Router interface.
func NewMux() *Mux { panic("stub") }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)              { panic("stub") }
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)            { panic("stub") }
func (mx *Mux) Handle(pattern string, handler http.Handler)                   { panic("stub") }
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)         { panic("stub") }
func (mx *Mux) Method(method, pattern string, handler http.Handler)           { panic("stub") }
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) { panic("stub") }
func (mx *Mux) Connect(pattern string, handlerFn http.HandlerFunc)            { panic("stub") }
func (mx *Mux) Delete(pattern string, handlerFn http.HandlerFunc)             { panic("stub") }
func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                { panic("stub") }
func (mx *Mux) Head(pattern string, handlerFn http.HandlerFunc)               { panic("stub") }
func (mx *Mux) Options(pattern string, handlerFn http.HandlerFunc)            { panic("stub") }
func (mx *Mux) Patch(pattern string, handlerFn http.HandlerFunc)              { panic("stub") }
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)               { panic("stub") }
func (mx *Mux) Put(pattern string, handlerFn http.HandlerFunc)                { panic("stub") }
func (mx *Mux) Query(pattern string, handlerFn http.HandlerFunc)              { panic("stub") }
func (mx *Mux) Trace(pattern string, handlerFn http.HandlerFunc)              { panic("stub") }
func (mx *Mux) NotFound(handlerFn http.HandlerFunc)                           { panic("stub") }
func (mx *Mux) MethodNotAllowed(handlerFn http.HandlerFunc)                   { panic("stub") }
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router    { panic("stub") }
func (mx *Mux) Group(fn func(r Router)) Router                                { panic("stub") }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router                { panic("stub") }
func (mx *Mux) Mount(pattern string, handler http.Handler)                    { panic("stub") }
func (mx *Mux) Routes() []Route                                               { panic("stub") }
func (mx *Mux) Middlewares() Middlewares                                      { panic("stub") }
func (mx *Mux) Match(rctx *Context, method, path string) bool                 { panic("stub") }
func (mx *Mux) Find(rctx *Context, method, path string) string                { panic("stub") }
func (mx *Mux) NotFoundHandler() http.HandlerFunc                             { panic("stub") }
