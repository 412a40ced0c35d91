// Package fiber is a minimal stub of github.com/gofiber/fiber/v3@v3.1.0 for analyzer tests.
//
// Ctx declares the exported methods of the real interface except those whose
// types are not stubbed (Req, Res, Range, SaveFileToStorage); the real interface's unexported methods are left out.
package fiber

import (
	"bufio"
	"context"
	"crypto/tls"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Handler defines a function to serve HTTP requests.
type Handler = func(Ctx) error

// Map is a shortcut for map[string]any, useful for JSON returns
type Map map[string]any

// ErrorHandler defines a function that will process all errors
// returned from any handlers in the stack
type ErrorHandler = func(Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { panic("stub") }

// NewError creates a new Error instance with an optional message
func NewError(code int, message ...string) *Error { panic("stub") }

// NewErrorf creates a new Error instance with an optional message.
func NewErrorf(code int, message ...any) *Error { panic("stub") }

// App denotes the Fiber application.
type App struct{}

// Config is a struct holding the server settings.
type Config struct {
	StrictRouting bool         `json:"strict_routing"`
	CaseSensitive bool         `json:"case_sensitive"`
	BodyLimit     int          `json:"body_limit"`
	ErrorHandler  ErrorHandler `json:"-"`
	AppName       string       `json:"app_name"`
}

// ListenConfig is a struct to customize startup of Fiber.
type ListenConfig struct {
	DisableStartupMessage bool `json:"disable_startup_message"`
	EnablePrefork         bool `json:"enable_prefork"`
}

// TestConfig is a struct holding Test settings
type TestConfig struct {
	Timeout       time.Duration
	FailOnTimeout bool
}

// New creates a new Fiber named instance.
func New(config ...Config) *App { panic("stub") }

func (app *App) Name(name string) Router                                  { panic("stub") }
func (app *App) Use(args ...any) Router                                   { panic("stub") }
func (app *App) Get(path string, handler any, handlers ...any) Router     { panic("stub") }
func (app *App) Head(path string, handler any, handlers ...any) Router    { panic("stub") }
func (app *App) Post(path string, handler any, handlers ...any) Router    { panic("stub") }
func (app *App) Put(path string, handler any, handlers ...any) Router     { panic("stub") }
func (app *App) Delete(path string, handler any, handlers ...any) Router  { panic("stub") }
func (app *App) Connect(path string, handler any, handlers ...any) Router { panic("stub") }
func (app *App) Options(path string, handler any, handlers ...any) Router { panic("stub") }
func (app *App) Trace(path string, handler any, handlers ...any) Router   { panic("stub") }
func (app *App) Patch(path string, handler any, handlers ...any) Router   { panic("stub") }
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router {
	panic("stub")
}
func (app *App) All(path string, handler any, handlers ...any) Router { panic("stub") }
func (app *App) Group(prefix string, handlers ...any) Router          { panic("stub") }
func (app *App) RouteChain(path string) Register                      { panic("stub") }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	panic("stub")
}
func (app *App) Handler() fasthttp.RequestHandler { panic("stub") }
func (app *App) Shutdown() error                  { panic("stub") }
func (app *App) Test(req *http.Request, config ...TestConfig) (*http.Response, error) {
	panic("stub")
}
func (app *App) Listen(addr string, config ...ListenConfig) error { panic("stub") }

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...any) Router

	Get(path string, handler any, handlers ...any) Router
	Head(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Put(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Connect(path string, handler any, handlers ...any) Router
	Options(path string, handler any, handlers ...any) Router
	Trace(path string, handler any, handlers ...any) Router
	Patch(path string, handler any, handlers ...any) Router

	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router

	Group(prefix string, handlers ...any) Router

	RouteChain(path string) Register
	Route(prefix string, fn func(router Router), name ...string) Router

	Name(name string) Router
}

// Register defines all router handle interface generate by RouteChain().
type Register interface {
	All(handler any, handlers ...any) Register
	Get(handler any, handlers ...any) Register
	Head(handler any, handlers ...any) Register
	Post(handler any, handlers ...any) Register
	Put(handler any, handlers ...any) Register
	Delete(handler any, handlers ...any) Register
	Connect(handler any, handlers ...any) Register
	Options(handler any, handlers ...any) Register
	Trace(handler any, handlers ...any) Register
	Patch(handler any, handlers ...any) Register

	Add(methods []string, handler any, handlers ...any) Register

	RouteChain(path string) Register
}

// Group struct
type Group struct {
	Prefix string
}

func (grp *Group) Name(name string) Router                                  { panic("stub") }
func (grp *Group) Use(args ...any) Router                                   { panic("stub") }
func (grp *Group) Get(path string, handler any, handlers ...any) Router     { panic("stub") }
func (grp *Group) Head(path string, handler any, handlers ...any) Router    { panic("stub") }
func (grp *Group) Post(path string, handler any, handlers ...any) Router    { panic("stub") }
func (grp *Group) Put(path string, handler any, handlers ...any) Router     { panic("stub") }
func (grp *Group) Delete(path string, handler any, handlers ...any) Router  { panic("stub") }
func (grp *Group) Connect(path string, handler any, handlers ...any) Router { panic("stub") }
func (grp *Group) Options(path string, handler any, handlers ...any) Router { panic("stub") }
func (grp *Group) Trace(path string, handler any, handlers ...any) Router   { panic("stub") }
func (grp *Group) Patch(path string, handler any, handlers ...any) Router   { panic("stub") }
func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	panic("stub")
}
func (grp *Group) All(path string, handler any, handlers ...any) Router { panic("stub") }
func (grp *Group) Group(prefix string, handlers ...any) Router          { panic("stub") }
func (grp *Group) RouteChain(path string) Register                      { panic("stub") }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	panic("stub")
}

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"` // HTTP method
	Name     string    `json:"name"`   // Route's name
	Path     string    `json:"path"`   // Original registered route path
	Params   []string  `json:"params"` // Case-sensitive param keys
	Handlers []Handler `json:"-"`      // Ctx handlers
}

// Cookie defines the values used when configuring cookies emitted by DefaultRes.Cookie.
type Cookie struct {
	Expires     time.Time `json:"expires"`
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	SameSite    string    `json:"same_site"`
	MaxAge      int       `json:"max_age"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	Partitioned bool      `json:"partitioned"`
	SessionOnly bool      `json:"session_only"`
}

// ResFmt associates a Content Type to a fiber.Handler for c.Format
type ResFmt struct {
	Handler   func(Ctx) error
	MediaType string
}

// SendFile defines configuration options when to transfer file with SendFile.
type SendFile struct {
	FS            fs.FS
	Compress      bool          `json:"compress"`
	ByteRange     bool          `json:"byte_range"`
	Download      bool          `json:"download"`
	CacheDuration time.Duration `json:"cache_duration"`
	MaxAge        int           `json:"max_age"`
}

// Redirect is a struct that holds the redirect data.
type Redirect struct{}

func (r *Redirect) Status(code int) *Redirect     { panic("stub") }
func (r *Redirect) To(location string) error      { panic("stub") }
func (r *Redirect) Back(fallback ...string) error { panic("stub") }

// Bind struct
type Bind struct{}

func (b *Bind) WithoutAutoHandling() *Bind         { panic("stub") }
func (b *Bind) WithAutoHandling() *Bind            { panic("stub") }
func (b *Bind) SkipValidation(skip bool) *Bind     { panic("stub") }
func (b *Bind) Custom(name string, dest any) error { panic("stub") }
func (b *Bind) Header(out any) error               { panic("stub") }
func (b *Bind) RespHeader(out any) error           { panic("stub") }
func (b *Bind) Cookie(out any) error               { panic("stub") }
func (b *Bind) Query(out any) error                { panic("stub") }
func (b *Bind) JSON(out any) error                 { panic("stub") }
func (b *Bind) CBOR(out any) error                 { panic("stub") }
func (b *Bind) XML(out any) error                  { panic("stub") }
func (b *Bind) Form(out any) error                 { panic("stub") }
func (b *Bind) URI(out any) error                  { panic("stub") }
func (b *Bind) MsgPack(out any) error              { panic("stub") }
func (b *Bind) Body(out any) error                 { panic("stub") }
func (b *Bind) All(out any) error                  { panic("stub") }

// GenericType enumerates the values that are supported by fiber's generic helpers.
type GenericType interface {
	GenericTypeInteger | GenericTypeFloat | bool | string | []byte
}

// GenericTypeInteger is the union of all supported integer types.
type GenericTypeInteger interface {
	GenericTypeIntegerSigned | GenericTypeIntegerUnsigned
}

// GenericTypeIntegerSigned is the union of supported signed integer types.
type GenericTypeIntegerSigned interface {
	int | int8 | int16 | int32 | int64
}

// GenericTypeIntegerUnsigned is the union of supported unsigned integer types.
type GenericTypeIntegerUnsigned interface {
	uint | uint8 | uint16 | uint32 | uint64
}

// GenericTypeFloat is the union of supported floating-point types.
type GenericTypeFloat interface {
	float32 | float64
}

// Params is used to get the route parameters, converted to the given type.
func Params[V GenericType](c Ctx, key string, defaultValue ...V) V { panic("stub") }

// Query is used to get the query parameter, converted to the given type.
func Query[V GenericType](c Ctx, key string, defaultValue ...V) V { panic("stub") }

// Locals function utilizing Go's generics feature.
func Locals[V any](c Ctx, key any, value ...V) V { panic("stub") }

// GetReqHeader returns the HTTP request header specified by filed, converted to the given type.
func GetReqHeader[V GenericType](c Ctx, key string, defaultValue ...V) V { panic("stub") }

// Convert is a helper function to convert a string to a specified type.
func Convert[T any](value string, converter func(string) (T, error), defaultValue ...T) (T, error) {
	panic("stub")
}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx interface {
	App() *App
	BaseURL() string
	RequestCtx() *fasthttp.RequestCtx
	Context() context.Context
	SetContext(ctx context.Context)
	Deadline() (time.Time, bool)
	Done() <-chan struct{}
	Err() error
	Request() *fasthttp.Request
	Response() *fasthttp.Response
	Get(key string, defaultValue ...string) string
	GetHeaders() map[string][]string
	GetReqHeaders() map[string][]string
	GetRespHeader(key string, defaultValue ...string) string
	GetRespHeaders() map[string][]string
	ClientHelloInfo() *tls.ClientHelloInfo
	Next() error
	RestartRouting() error
	OriginalURL() string
	Path(override ...string) string
	RequestID() string
	Redirect() *Redirect
	ViewBind(vars Map) error
	Route() *Route
	FullPath() string
	Matched() bool
	IsMiddleware() bool
	HasBody() bool
	OverrideParam(name, value string)
	IsWebSocket() bool
	IsPreflight() bool
	SaveFile(fileheader *multipart.FileHeader, path string) error
	Secure() bool
	Status(status int) Ctx
	String() string
	Value(key any) any
	XHR() bool
	Reset(fctx *fasthttp.RequestCtx)
	Abandon()
	IsAbandoned() bool
	ForceRelease()
	Bind() *Bind
	FullURL() string
	UserAgent() string
	Referer() string
	AcceptLanguage() string
	AcceptEncoding() string
	HasHeader(key string) bool
	MediaType() string
	Charset() string
	IsJSON() bool
	IsForm() bool
	IsMultipart() bool
	AcceptsJSON() bool
	AcceptsHTML() bool
	AcceptsXML() bool
	AcceptsEventStream() bool
	Accepts(offers ...string) string
	AcceptsCharsets(offers ...string) string
	AcceptsEncodings(offers ...string) string
	AcceptsLanguages(offers ...string) string
	AcceptsLanguagesExtended(offers ...string) string
	BodyRaw() []byte
	Body() []byte
	Cookies(key string, defaultValue ...string) string
	FormFile(key string) (*multipart.FileHeader, error)
	FormValue(key string, defaultValue ...string) string
	Fresh() bool
	Host() string
	Hostname() string
	Port() string
	IP() string
	IPs() []string
	Is(extension string) bool
	Locals(key any, value ...any) any
	Method(override ...string) string
	MultipartForm() (*multipart.Form, error)
	Params(key string, defaultValue ...string) string
	Scheme() string
	Protocol() string
	Query(key string, defaultValue ...string) string
	Queries() map[string]string
	Subdomains(offset ...int) []string
	Stale() bool
	IsProxyTrusted() bool
	IsFromLocal() bool
	Append(field string, values ...string)
	Attachment(filename ...string)
	ClearCookie(key ...string)
	Cookie(cookie *Cookie)
	Download(file string, filename ...string) error
	Format(handlers ...ResFmt) error
	AutoFormat(body any) error
	JSON(data any, ctype ...string) error
	MsgPack(data any, ctype ...string) error
	CBOR(data any, ctype ...string) error
	JSONP(data any, callback ...string) error
	XML(data any) error
	Links(link ...string)
	Location(path string)
	GetRouteURL(routeName string, params Map) (string, error)
	Render(name string, bind any, layouts ...string) error
	Send(body []byte) error
	SendEarlyHints(hints []string) error
	SendFile(file string, config ...SendFile) error
	SendStatus(status int) error
	SendString(body string) error
	SendStream(stream io.Reader, size ...int) error
	SendStreamWriter(streamWriter func(*bufio.Writer)) error
	Set(key, val string)
	Type(extension string, charset ...string) Ctx
	Vary(fields ...string)
	Write(p []byte) (int, error)
	Writef(f string, a ...any) (int, error)
	WriteString(s string) (int, error)
	Drop() error
	End() error
}

// MIME types that are commonly used
const (
	MIMEApplicationJSON = "application/json"
)

// HTTP status codes were copied from net/http with the following updates.
const (
	StatusOK                  = 200 // RFC 9110, 15.3.1
	StatusCreated             = 201 // RFC 9110, 15.3.2
	StatusNoContent           = 204 // RFC 9110, 15.3.5
	StatusBadRequest          = 400 // RFC 9110, 15.5.1
	StatusUnauthorized        = 401 // RFC 9110, 15.5.2
	StatusForbidden           = 403 // RFC 9110, 15.5.4
	StatusNotFound            = 404 // RFC 9110, 15.5.5
	StatusConflict            = 409 // RFC 9110, 15.5.10
	StatusInternalServerError = 500 // RFC 9110, 15.6.1
)

// Errors
var (
	ErrBadRequest          = &Error{Code: StatusBadRequest, Message: "Bad Request"}                    // 400
	ErrUnauthorized        = &Error{Code: StatusUnauthorized, Message: "Unauthorized"}                 // 401
	ErrForbidden           = &Error{Code: StatusForbidden, Message: "Forbidden"}                       // 403
	ErrNotFound            = &Error{Code: StatusNotFound, Message: "Not Found"}                        // 404
	ErrInternalServerError = &Error{Code: StatusInternalServerError, Message: "Internal Server Error"} // 500
)

// HTTP Headers were copied from net/http.
const (
	HeaderAuthorization = "Authorization"
)
