// Package echo is a minimal stub of github.com/labstack/echo/v4@v4.16.5 for analyzer tests.
package echo

import (
	"bufio"
	stdContext "context"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"

	"github.com/labstack/gommon/log"
)

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	SetRequest(r *http.Request)
	SetResponse(r *Response)
	Response() *Response
	IsTLS() bool
	IsWebSocket() bool
	Scheme() string
	RealIP() string
	Path() string
	SetPath(p string)
	Param(name string) string
	ParamNames() []string
	SetParamNames(names ...string)
	ParamValues() []string
	SetParamValues(values ...string)
	QueryParam(name string) string
	QueryParams() url.Values
	QueryString() string
	FormValue(name string) string
	FormParams() (url.Values, error)
	FormFile(name string) (*multipart.FileHeader, error)
	MultipartForm() (*multipart.Form, error)
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	Cookies() []*http.Cookie
	Get(key string) any
	Set(key string, val any)
	Bind(i any) error
	Validate(i any) error
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	File(file string) error
	Attachment(file string, name string) error
	Inline(file string, name string) error
	NoContent(code int) error
	Redirect(code int, url string) error
	Error(err error)
	Handler() HandlerFunc
	SetHandler(h HandlerFunc)
	Logger() Logger
	SetLogger(l Logger)
	Echo() *Echo
	Reset(r *http.Request, w http.ResponseWriter)
}

// Logger defines the logging interface.
type Logger interface {
	Output() io.Writer
	SetOutput(w io.Writer)
	Prefix() string
	SetPrefix(p string)
	Level() log.Lvl
	SetLevel(v log.Lvl)
	SetHeader(h string)
	Print(i ...interface{})
	Printf(format string, args ...interface{})
	Printj(j log.JSON)
	Debug(i ...interface{})
	Debugf(format string, args ...interface{})
	Debugj(j log.JSON)
	Info(i ...interface{})
	Infof(format string, args ...interface{})
	Infoj(j log.JSON)
	Warn(i ...interface{})
	Warnf(format string, args ...interface{})
	Warnj(j log.JSON)
	Error(i ...interface{})
	Errorf(format string, args ...interface{})
	Errorj(j log.JSON)
	Fatal(i ...interface{})
	Fatalj(j log.JSON)
	Fatalf(format string, args ...interface{})
	Panic(i ...interface{})
	Panicj(j log.JSON)
	Panicf(format string, args ...interface{})
}

// Echo is the top-level framework instance.
type Echo struct {
	Server           *http.Server
	TLSServer        *http.Server
	Listener         net.Listener
	TLSListener      net.Listener
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	JSONSerializer   JSONSerializer
	Validator        Validator
	Renderer         Renderer
	Logger           Logger
	IPExtractor      IPExtractor
	SchemeExtractor  SchemeExtractor
	ListenerNetwork  string

	OnAddRouteHandler func(host string, route Route, handler HandlerFunc, middleware []MiddlewareFunc)
	DisableHTTP2      bool
	Debug             bool
	HideBanner        bool
	HidePort          bool

	EnablePathUnescapingStaticFiles bool
}

// Route contains a handler and information for matching against requests.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// HTTPError represents an error that occurred while handling a request.
type HTTPError struct {
	Internal error       `json:"-"` // Stores the error returned by an external dependency
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// HTTPErrorHandler is a centralized HTTP error handler.
type HTTPErrorHandler func(err error, c Context)

// Validator is the interface that wraps the Validate function.
type Validator interface {
	Validate(i interface{}) error
}

// JSONSerializer is the interface that encodes and decodes JSON to and from interfaces.
type JSONSerializer interface {
	Serialize(c Context, i interface{}, indent string) error
	Deserialize(c Context, i interface{}) error
}

// Renderer is the interface that wraps the Render function.
type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

// Map defines a generic map of type `map[string]interface{}`.
type Map map[string]interface{}

// IPExtractor is a function to extract IP addr from http.Request.
type IPExtractor func(*http.Request) string

// SchemeExtractor is a function to extract the scheme from http.Request.
type SchemeExtractor func(*http.Request) string

// Binder is the interface that wraps the Bind method.
type Binder interface {
	Bind(i interface{}, c Context) error
}

// DefaultBinder is the default implementation of the Binder interface.
type DefaultBinder struct{}

func (b *DefaultBinder) BindPathParams(c Context, i interface{}) error  { panic("stub") }
func (b *DefaultBinder) BindQueryParams(c Context, i interface{}) error { panic("stub") }
func (b *DefaultBinder) BindBody(c Context, i interface{}) (err error)  { panic("stub") }
func (b *DefaultBinder) BindHeaders(c Context, i interface{}) error     { panic("stub") }
func (b *DefaultBinder) Bind(i interface{}, c Context) (err error)      { panic("stub") }

// BindUnmarshaler is the interface used to wrap the UnmarshalParam method.
type BindUnmarshaler interface {
	UnmarshalParam(param string) error
}

// Router is the registry of all registered routes for an `Echo` instance.
type Router struct{}

// Group is a set of sub-routes for a specified route.
type Group struct{}

// Response wraps an http.ResponseWriter and implements its interface.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// NewResponse creates a new instance of Response.
func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { panic("stub") }

func (r *Response) Header() http.Header                          { panic("stub") }
func (r *Response) Before(fn func())                             { panic("stub") }
func (r *Response) After(fn func())                              { panic("stub") }
func (r *Response) WriteHeader(code int)                         { panic("stub") }
func (r *Response) Write(b []byte) (n int, err error)            { panic("stub") }
func (r *Response) Flush()                                       { panic("stub") }
func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { panic("stub") }
func (r *Response) Unwrap() http.ResponseWriter                  { panic("stub") }

// MIME types
const (
	MIMEApplicationJSON = "application/json"
)

// Headers
const (
	HeaderAuthorization = "Authorization"
	HeaderContentType   = "Content-Type"
)

// Errors
var (
	ErrBadRequest          = &HTTPError{Code: http.StatusBadRequest, Message: http.StatusText(http.StatusBadRequest)}
	ErrUnauthorized        = &HTTPError{Code: http.StatusUnauthorized, Message: http.StatusText(http.StatusUnauthorized)}
	ErrForbidden           = &HTTPError{Code: http.StatusForbidden, Message: http.StatusText(http.StatusForbidden)}
	ErrNotFound            = &HTTPError{Code: http.StatusNotFound, Message: http.StatusText(http.StatusNotFound)}
	ErrInternalServerError = &HTTPError{Code: http.StatusInternalServerError, Message: http.StatusText(http.StatusInternalServerError)}
)

// New creates an instance of Echo.
func New() (e *Echo) { panic("stub") }

func (e *Echo) NewContext(r *http.Request, w http.ResponseWriter) Context      { panic("stub") }
func (e *Echo) Router() *Router                                                { panic("stub") }
func (e *Echo) DefaultHTTPErrorHandler(err error, c Context)                   { panic("stub") }
func (e *Echo) Pre(middleware ...MiddlewareFunc)                               { panic("stub") }
func (e *Echo) Use(middleware ...MiddlewareFunc)                               { panic("stub") }
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { panic("stub") }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { panic("stub") }
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { panic("stub") }
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { panic("stub") }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { panic("stub") }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { panic("stub") }
func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { panic("stub") }
func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	panic("stub")
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	panic("stub")
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	panic("stub")
}
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	panic("stub")
}
func (e *Echo) Host(name string, m ...MiddlewareFunc) (g *Group)    { panic("stub") }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { panic("stub") }
func (e *Echo) Routes() []*Route                                    { panic("stub") }
func (e *Echo) AcquireContext() Context                             { panic("stub") }
func (e *Echo) ReleaseContext(c Context)                            { panic("stub") }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    { panic("stub") }
func (e *Echo) Start(address string) error                          { panic("stub") }
func (e *Echo) StartServer(s *http.Server) (err error)              { panic("stub") }
func (e *Echo) Close() error                                        { panic("stub") }
func (e *Echo) Shutdown(ctx stdContext.Context) error               { panic("stub") }

// NewHTTPError creates a new HTTPError instance.
func NewHTTPError(code int, message ...interface{}) *HTTPError { panic("stub") }

func (he *HTTPError) Error() string                     { panic("stub") }
func (he *HTTPError) SetInternal(err error) *HTTPError  { panic("stub") }
func (he *HTTPError) WithInternal(err error) *HTTPError { panic("stub") }
func (he *HTTPError) Unwrap() error                     { panic("stub") }

// WrapHandler wraps `http.Handler` into `echo.HandlerFunc`.
func WrapHandler(h http.Handler) HandlerFunc { panic("stub") }

// WrapMiddleware wraps `func(http.Handler) http.Handler` into `echo.MiddlewareFunc`
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { panic("stub") }

func (g *Group) Use(middleware ...MiddlewareFunc)                               { panic("stub") }
func (g *Group) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { panic("stub") }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { panic("stub") }
func (g *Group) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { panic("stub") }
func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { panic("stub") }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { panic("stub") }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { panic("stub") }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { panic("stub") }
func (g *Group) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { panic("stub") }
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	panic("stub")
}
func (g *Group) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	panic("stub")
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { panic("stub") }
func (g *Group) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	panic("stub")
}
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	panic("stub")
}
