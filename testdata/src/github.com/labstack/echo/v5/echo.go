// Package echo is a minimal stub of github.com/labstack/echo/v5@v5.4.6 for analyzer tests.
package echo

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
)

// Context represents the context of the current HTTP request.
type Context struct{}

func (c *Context) Reset(r *http.Request, w http.ResponseWriter)              { panic("stub") }
func (c *Context) Request() *http.Request                                    { panic("stub") }
func (c *Context) SetRequest(r *http.Request)                                { panic("stub") }
func (c *Context) Response() http.ResponseWriter                             { panic("stub") }
func (c *Context) SetResponse(r http.ResponseWriter)                         { panic("stub") }
func (c *Context) IsTLS() bool                                               { panic("stub") }
func (c *Context) IsWebSocket() bool                                         { panic("stub") }
func (c *Context) Scheme() string                                            { panic("stub") }
func (c *Context) RealIP() string                                            { panic("stub") }
func (c *Context) Path() string                                              { panic("stub") }
func (c *Context) SetPath(p string)                                          { panic("stub") }
func (c *Context) RouteInfo() RouteInfo                                      { panic("stub") }
func (c *Context) Param(name string) string                                  { panic("stub") }
func (c *Context) ParamOr(name, defaultValue string) string                  { panic("stub") }
func (c *Context) PathValues() PathValues                                    { panic("stub") }
func (c *Context) SetPathValues(pathValues PathValues)                       { panic("stub") }
func (c *Context) InitializeRoute(ri *RouteInfo, pathValues *PathValues)     { panic("stub") }
func (c *Context) QueryParam(name string) string                             { panic("stub") }
func (c *Context) QueryParamOr(name, defaultValue string) string             { panic("stub") }
func (c *Context) QueryParams() url.Values                                   { panic("stub") }
func (c *Context) QueryString() string                                       { panic("stub") }
func (c *Context) FormValue(name string) string                              { panic("stub") }
func (c *Context) FormValueOr(name, defaultValue string) string              { panic("stub") }
func (c *Context) FormValues() (url.Values, error)                           { panic("stub") }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error)       { panic("stub") }
func (c *Context) MultipartForm() (*multipart.Form, error)                   { panic("stub") }
func (c *Context) Cookie(name string) (*http.Cookie, error)                  { panic("stub") }
func (c *Context) SetCookie(cookie *http.Cookie)                             { panic("stub") }
func (c *Context) Cookies() []*http.Cookie                                   { panic("stub") }
func (c *Context) Get(key string) any                                        { panic("stub") }
func (c *Context) Set(key string, val any)                                   { panic("stub") }
func (c *Context) Bind(i any) error                                          { panic("stub") }
func (c *Context) Validate(i any) error                                      { panic("stub") }
func (c *Context) ValidateCtx(i any) error                                   { panic("stub") }
func (c *Context) Render(code int, name string, data any) (err error)        { panic("stub") }
func (c *Context) HTML(code int, html string) (err error)                    { panic("stub") }
func (c *Context) HTMLBlob(code int, b []byte) (err error)                   { panic("stub") }
func (c *Context) String(code int, s string) (err error)                     { panic("stub") }
func (c *Context) JSON(code int, i any) (err error)                          { panic("stub") }
func (c *Context) JSONPretty(code int, i any, indent string) (err error)     { panic("stub") }
func (c *Context) JSONBlob(code int, b []byte) (err error)                   { panic("stub") }
func (c *Context) JSONP(code int, callback string, i any) (err error)        { panic("stub") }
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) { panic("stub") }
func (c *Context) XML(code int, i any) (err error)                           { panic("stub") }
func (c *Context) XMLPretty(code int, i any, indent string) (err error)      { panic("stub") }
func (c *Context) XMLBlob(code int, b []byte) (err error)                    { panic("stub") }
func (c *Context) Blob(code int, contentType string, b []byte) (err error)   { panic("stub") }
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) {
	panic("stub")
}
func (c *Context) File(file string) error                     { panic("stub") }
func (c *Context) FileFS(file string, filesystem fs.FS) error { panic("stub") }
func (c *Context) Attachment(file, name string) error         { panic("stub") }
func (c *Context) Inline(file, name string) error             { panic("stub") }
func (c *Context) NoContent(code int) error                   { panic("stub") }
func (c *Context) Redirect(code int, url string) error        { panic("stub") }
func (c *Context) Logger() *slog.Logger                       { panic("stub") }
func (c *Context) SetLogger(logger *slog.Logger)              { panic("stub") }
func (c *Context) Echo() *Echo                                { panic("stub") }

// ErrNonExistentKey is error that is returned when key does not exist
var ErrNonExistentKey = errors.New("non existent key")

// ErrInvalidKeyType is error that is returned when the value is not castable to expected type.
var ErrInvalidKeyType = errors.New("invalid key type")

// ContextGet retrieves a value from the context store.
func ContextGet[T any](c *Context, key string) (T, error) { panic("stub") }

// ContextGetOr retrieves a value from the context store or returns the default value.
func ContextGetOr[T any](c *Context, key string, defaultValue T) (T, error) { panic("stub") }

// PathParam extracts and parses a path parameter from the context by name.
func PathParam[T any](c *Context, paramName string, opts ...any) (T, error) { panic("stub") }

// PathParamOr extracts and parses a path parameter, returning the default when missing.
func PathParamOr[T any](c *Context, paramName string, defaultValue T, opts ...any) (T, error) {
	panic("stub")
}

// QueryParam extracts and parses a single query parameter from the request by key.
func QueryParam[T any](c *Context, key string, opts ...any) (T, error) { panic("stub") }

// QueryParamOr extracts and parses a single query parameter, returning the default when missing.
func QueryParamOr[T any](c *Context, key string, defaultValue T, opts ...any) (T, error) {
	panic("stub")
}

// QueryParams extracts and parses all values for a query parameter key as a slice.
func QueryParams[T any](c *Context, key string, opts ...any) ([]T, error) { panic("stub") }

// FormValue extracts and parses a single form value from the request by key.
func FormValue[T any](c *Context, key string, opts ...any) (T, error) { panic("stub") }

// Echo is the top-level framework instance.
type Echo struct {
	Binder Binder

	Filesystem fs.FS

	Renderer         Renderer
	Validator        Validator
	JSONSerializer   JSONSerializer
	IPExtractor      IPExtractor
	SchemeExtractor  SchemeExtractor
	OnAddRoute       func(route Route) error
	HTTPErrorHandler HTTPErrorHandler
	Logger           *slog.Logger
}

// JSONSerializer is the interface that encodes and decodes JSON to and from interfaces.
type JSONSerializer interface {
	Serialize(c *Context, target any, indent string) error
	Deserialize(c *Context, target any) error
}

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(c *Context, err error)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c *Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// MiddlewareConfigurator defines a configuration that can produce a middleware.
type MiddlewareConfigurator interface {
	ToMiddleware() (MiddlewareFunc, error)
}

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i any) error
}

// Renderer is the interface that wraps the Render function.
type Renderer interface {
	Render(c *Context, w io.Writer, templateName string, data any) error
}

// IPExtractor is a function to extract IP addr from http.Request.
type IPExtractor func(*http.Request) string

// SchemeExtractor is a function to extract the scheme from http.Request.
type SchemeExtractor func(*http.Request) string

// MIME types
const (
	MIMEApplicationJSON = "application/json"
)

// Headers
const (
	HeaderAuthorization = "Authorization"
	HeaderContentType   = "Content-Type"
)

// New creates an instance of Echo.
func New() *Echo { panic("stub") }

// DefaultHTTPErrorHandler creates new default HTTP error handler implementation.
func DefaultHTTPErrorHandler(exposeError bool) HTTPErrorHandler { panic("stub") }

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc { panic("stub") }

// WrapMiddleware wraps `func(http.Handler) http.Handler` into `echo.MiddlewareFunc`
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { panic("stub") }

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) *Context        { panic("stub") }
func (e *Echo) Router() Router                                                    { panic("stub") }
func (e *Echo) Pre(middleware ...MiddlewareFunc)                                  { panic("stub") }
func (e *Echo) Use(middleware ...MiddlewareFunc)                                  { panic("stub") }
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { panic("stub") }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo  { panic("stub") }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { panic("stub") }
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { panic("stub") }
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { panic("stub") }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { panic("stub") }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { panic("stub") }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { panic("stub") }
func (e *Echo) QUERY(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { panic("stub") }
func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { panic("stub") }
func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	panic("stub")
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	panic("stub")
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	panic("stub")
}
func (e *Echo) File(path, file string, middleware ...MiddlewareFunc) RouteInfo { panic("stub") }
func (e *Echo) AddRoute(route Route) (RouteInfo, error)                        { panic("stub") }
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	panic("stub")
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { panic("stub") }
func (e *Echo) PreMiddlewares() []MiddlewareFunc                    { panic("stub") }
func (e *Echo) Middlewares() []MiddlewareFunc                       { panic("stub") }
func (e *Echo) AcquireContext() *Context                            { panic("stub") }
func (e *Echo) ReleaseContext(c *Context)                           { panic("stub") }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    { panic("stub") }
func (e *Echo) Start(address string) error                          { panic("stub") }

// Group is a set of sub-routes for a specified route.
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                                  { panic("stub") }
func (g *Group) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { panic("stub") }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo  { panic("stub") }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { panic("stub") }
func (g *Group) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { panic("stub") }
func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { panic("stub") }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { panic("stub") }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { panic("stub") }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { panic("stub") }
func (g *Group) QUERY(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { panic("stub") }
func (g *Group) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { panic("stub") }
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	panic("stub")
}
func (g *Group) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	panic("stub")
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group)  { panic("stub") }
func (g *Group) File(path, file string, middleware ...MiddlewareFunc) RouteInfo { panic("stub") }
func (g *Group) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	panic("stub")
}
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	panic("stub")
}
func (g *Group) AddRoute(route Route) (RouteInfo, error) { panic("stub") }

// Route contains information to adding/registering new route with the router.
type Route struct {
	Method string
	Path   string
	Name   string

	Handler     HandlerFunc
	Middlewares []MiddlewareFunc
}

// ToRouteInfo converts Route to RouteInfo
func (r Route) ToRouteInfo(params []string) RouteInfo { panic("stub") }

// WithPrefix recreates Route with added group prefix and group middlewares it is grouped to.
func (r Route) WithPrefix(pathPrefix string, middlewares []MiddlewareFunc) Route { panic("stub") }

// RouteInfo contains information about registered Route.
type RouteInfo struct {
	Name       string
	Method     string
	Path       string
	Parameters []string
}

// Clone creates copy of RouteInfo
func (r RouteInfo) Clone() RouteInfo { panic("stub") }

// Router is interface for routing request contexts to registered routes.
type Router interface {
	Add(routable Route) (RouteInfo, error)
	Remove(method string, path string) error
	Routes() Routes
	Route(c *Context) HandlerFunc
}

// Routes is collection of RouteInfo instances with various helper methods.
type Routes []RouteInfo

// PathValues is collections of PathValue instances with various helper methods
type PathValues []PathValue

// PathValue is tuple pf path parameter name and its value in request path
type PathValue struct {
	Name  string
	Value string
}

// Get returns path parameter value for given name or false.
func (p PathValues) Get(name string) (string, bool) { panic("stub") }

// GetOr returns path parameter value for given name or default value if the name does not exist.
func (p PathValues) GetOr(name string, defaultValue string) string { panic("stub") }

// Binder is the interface that wraps the Bind method.
type Binder interface {
	Bind(c *Context, target any) error
}

// DefaultBinder is the default implementation of the Binder interface.
type DefaultBinder struct{}

// Bind implements the `Binder#Bind` function.
func (b *DefaultBinder) Bind(c *Context, target any) error { panic("stub") }

// BindUnmarshaler is the interface used to wrap the UnmarshalParam method.
type BindUnmarshaler interface {
	UnmarshalParam(param string) error
}

// BindPathValues binds path parameter values to bindable object
func BindPathValues(c *Context, target any) error { panic("stub") }

// BindQueryParams binds query params to bindable object
func BindQueryParams(c *Context, target any) error { panic("stub") }

// BindBody binds request body contents to bindable object
func BindBody(c *Context, target any) (err error) { panic("stub") }

// BindHeaders binds HTTP headers to a bindable object
func BindHeaders(c *Context, target any) error { panic("stub") }

// Response wraps an http.ResponseWriter and implements its interface.
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// NewResponse creates a new instance of Response.
func NewResponse(w http.ResponseWriter, logger *slog.Logger) (r *Response) { panic("stub") }

// UnwrapResponse unwraps given ResponseWriter to return contexts original Echo Response.
func UnwrapResponse(rw http.ResponseWriter) (*Response, error) { panic("stub") }

func (r *Response) Before(fn func())                             { panic("stub") }
func (r *Response) After(fn func())                              { panic("stub") }
func (r *Response) WriteHeader(code int)                         { panic("stub") }
func (r *Response) Write(b []byte) (n int, err error)            { panic("stub") }
func (r *Response) Flush()                                       { panic("stub") }
func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { panic("stub") }
func (r *Response) Unwrap() http.ResponseWriter                  { panic("stub") }

// HTTPStatusCoder is an interface that errors can implement to produce status code for HTTP response
type HTTPStatusCoder interface {
	StatusCode() int
}

// StatusCode returns status code from err if it implements HTTPStatusCoder interface.
func StatusCode(err error) int { panic("stub") }

// NewHTTPError creates a new instance of HTTPError
func NewHTTPError(code int, message string) *HTTPError { panic("stub") }

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
}

func (he *HTTPError) StatusCode() int     { panic("stub") }
func (he *HTTPError) Error() string       { panic("stub") }
func (he HTTPError) Wrap(err error) error { panic("stub") }
func (he *HTTPError) Unwrap() error       { panic("stub") }

// Errors
var (
	ErrBadRequest          = &httpError{http.StatusBadRequest}          // 400
	ErrUnauthorized        = &httpError{http.StatusUnauthorized}        // 401
	ErrForbidden           = &httpError{http.StatusForbidden}           // 403
	ErrNotFound            = &httpError{http.StatusNotFound}            // 404
	ErrInternalServerError = &httpError{http.StatusInternalServerError} // 500
)

type httpError struct {
	code int
}

func (he httpError) StatusCode() int      { panic("stub") }
func (he httpError) Error() string        { panic("stub") }
func (he httpError) Wrap(err error) error { panic("stub") }
