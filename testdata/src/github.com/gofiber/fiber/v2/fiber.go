// Package fiber is a minimal stub of github.com/gofiber/fiber/v2@v2.52.15 for analyzer tests.
package fiber

import (
	"context"
	"mime/multipart"
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

// Handler defines a function to serve HTTP requests.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}, useful for JSON returns
type Map map[string]interface{}

// ErrorHandler defines a function that will process all errors
// returned from any handlers in the stack
type ErrorHandler = func(*Ctx, error) error

// Error represents an error that occurred while handling a request.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { panic("stub") }

// NewError creates a new Error instance with an optional message
func NewError(code int, message ...string) *Error { panic("stub") }

// App denotes the Fiber application.
type App struct{}

// Config is a struct holding the server settings.
type Config struct {
	Prefork       bool         `json:"prefork"`
	StrictRouting bool         `json:"strict_routing"`
	CaseSensitive bool         `json:"case_sensitive"`
	BodyLimit     int          `json:"body_limit"`
	ErrorHandler  ErrorHandler `json:"-"`
	AppName       string       `json:"app_name"`
}

// Static defines configuration options when defining static assets.
type Static struct {
	Compress       bool          `json:"compress"`
	ByteRange      bool          `json:"byte_range"`
	Browse         bool          `json:"browse"`
	Download       bool          `json:"download"`
	Index          string        `json:"index"`
	CacheDuration  time.Duration `json:"cache_duration"`
	MaxAge         int           `json:"max_age"`
	ModifyResponse Handler
}

// New creates a new Fiber named instance.
func New(config ...Config) *App { panic("stub") }

func (app *App) Name(name string) Router                             { panic("stub") }
func (app *App) Use(args ...interface{}) Router                      { panic("stub") }
func (app *App) Get(path string, handlers ...Handler) Router         { panic("stub") }
func (app *App) Head(path string, handlers ...Handler) Router        { panic("stub") }
func (app *App) Post(path string, handlers ...Handler) Router        { panic("stub") }
func (app *App) Put(path string, handlers ...Handler) Router         { panic("stub") }
func (app *App) Delete(path string, handlers ...Handler) Router      { panic("stub") }
func (app *App) Connect(path string, handlers ...Handler) Router     { panic("stub") }
func (app *App) Options(path string, handlers ...Handler) Router     { panic("stub") }
func (app *App) Trace(path string, handlers ...Handler) Router       { panic("stub") }
func (app *App) Patch(path string, handlers ...Handler) Router       { panic("stub") }
func (app *App) Add(method, path string, handlers ...Handler) Router { panic("stub") }
func (app *App) Static(prefix, root string, config ...Static) Router { panic("stub") }
func (app *App) All(path string, handlers ...Handler) Router         { panic("stub") }
func (app *App) Group(prefix string, handlers ...Handler) Router     { panic("stub") }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router {
	panic("stub")
}
func (app *App) Mount(prefix string, subApp *App) Router                          { panic("stub") }
func (app *App) Handler() fasthttp.RequestHandler                                 { panic("stub") }
func (app *App) Shutdown() error                                                  { panic("stub") }
func (app *App) Test(req *http.Request, msTimeout ...int) (*http.Response, error) { panic("stub") }
func (app *App) Listen(addr string) error                                         { panic("stub") }

// Router defines all router handle interface, including app and group router.
type Router interface {
	Use(args ...interface{}) Router

	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router

	Add(method, path string, handlers ...Handler) Router
	Static(prefix, root string, config ...Static) Router
	All(path string, handlers ...Handler) Router

	Group(prefix string, handlers ...Handler) Router

	Route(prefix string, fn func(router Router), name ...string) Router

	Mount(prefix string, fiber *App) Router

	Name(name string) Router
}

// Group struct
type Group struct {
	Prefix string
}

func (grp *Group) Name(name string) Router                             { panic("stub") }
func (grp *Group) Use(args ...interface{}) Router                      { panic("stub") }
func (grp *Group) Get(path string, handlers ...Handler) Router         { panic("stub") }
func (grp *Group) Head(path string, handlers ...Handler) Router        { panic("stub") }
func (grp *Group) Post(path string, handlers ...Handler) Router        { panic("stub") }
func (grp *Group) Put(path string, handlers ...Handler) Router         { panic("stub") }
func (grp *Group) Delete(path string, handlers ...Handler) Router      { panic("stub") }
func (grp *Group) Connect(path string, handlers ...Handler) Router     { panic("stub") }
func (grp *Group) Options(path string, handlers ...Handler) Router     { panic("stub") }
func (grp *Group) Trace(path string, handlers ...Handler) Router       { panic("stub") }
func (grp *Group) Patch(path string, handlers ...Handler) Router       { panic("stub") }
func (grp *Group) Add(method, path string, handlers ...Handler) Router { panic("stub") }
func (grp *Group) Static(prefix, root string, config ...Static) Router { panic("stub") }
func (grp *Group) All(path string, handlers ...Handler) Router         { panic("stub") }
func (grp *Group) Group(prefix string, handlers ...Handler) Router     { panic("stub") }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router {
	panic("stub")
}
func (grp *Group) Mount(prefix string, subApp *App) Router { panic("stub") }

// Route is a struct that holds all metadata for each registered handler.
type Route struct {
	Method   string    `json:"method"` // HTTP method
	Name     string    `json:"name"`   // Route's name
	Path     string    `json:"path"`   // Original registered route path
	Params   []string  `json:"params"` // Case sensitive param keys
	Handlers []Handler `json:"-"`      // Ctx handlers
}

// Cookie data for c.Cookie
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Ctx represents the Context which hold the HTTP request and response.
type Ctx struct{}

func (c *Ctx) App() *App                                                     { panic("stub") }
func (c *Ctx) Accepts(offers ...string) string                               { panic("stub") }
func (c *Ctx) Append(field string, values ...string)                         { panic("stub") }
func (c *Ctx) Attachment(filename ...string)                                 { panic("stub") }
func (c *Ctx) BaseURL() string                                               { panic("stub") }
func (c *Ctx) Body() []byte                                                  { panic("stub") }
func (c *Ctx) BodyParser(out interface{}) error                              { panic("stub") }
func (c *Ctx) ClearCookie(key ...string)                                     { panic("stub") }
func (c *Ctx) Context() *fasthttp.RequestCtx                                 { panic("stub") }
func (c *Ctx) UserContext() context.Context                                  { panic("stub") }
func (c *Ctx) SetUserContext(ctx context.Context)                            { panic("stub") }
func (c *Ctx) Cookie(cookie *Cookie)                                         { panic("stub") }
func (c *Ctx) Cookies(key string, defaultValue ...string) string             { panic("stub") }
func (c *Ctx) Download(file string, filename ...string) error                { panic("stub") }
func (c *Ctx) Request() *fasthttp.Request                                    { panic("stub") }
func (c *Ctx) Response() *fasthttp.Response                                  { panic("stub") }
func (c *Ctx) Format(body interface{}) error                                 { panic("stub") }
func (c *Ctx) FormFile(key string) (*multipart.FileHeader, error)            { panic("stub") }
func (c *Ctx) FormValue(key string, defaultValue ...string) string           { panic("stub") }
func (c *Ctx) Get(key string, defaultValue ...string) string                 { panic("stub") }
func (c *Ctx) GetRespHeader(key string, defaultValue ...string) string       { panic("stub") }
func (c *Ctx) GetReqHeaders() map[string][]string                            { panic("stub") }
func (c *Ctx) Hostname() string                                              { panic("stub") }
func (c *Ctx) Port() string                                                  { panic("stub") }
func (c *Ctx) IP() string                                                    { panic("stub") }
func (c *Ctx) IPs() []string                                                 { panic("stub") }
func (c *Ctx) Is(extension string) bool                                      { panic("stub") }
func (c *Ctx) JSON(data interface{}, ctype ...string) error                  { panic("stub") }
func (c *Ctx) JSONP(data interface{}, callback ...string) error              { panic("stub") }
func (c *Ctx) XML(data interface{}) error                                    { panic("stub") }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{}      { panic("stub") }
func (c *Ctx) Location(path string)                                          { panic("stub") }
func (c *Ctx) Method(override ...string) string                              { panic("stub") }
func (c *Ctx) MultipartForm() (*multipart.Form, error)                       { panic("stub") }
func (c *Ctx) Next() error                                                   { panic("stub") }
func (c *Ctx) RestartRouting() error                                         { panic("stub") }
func (c *Ctx) OriginalURL() string                                           { panic("stub") }
func (c *Ctx) Params(key string, defaultValue ...string) string              { panic("stub") }
func (c *Ctx) AllParams() map[string]string                                  { panic("stub") }
func (c *Ctx) ParamsParser(out interface{}) error                            { panic("stub") }
func (c *Ctx) ParamsInt(key string, defaultValue ...int) (int, error)        { panic("stub") }
func (c *Ctx) Path(override ...string) string                                { panic("stub") }
func (c *Ctx) Protocol() string                                              { panic("stub") }
func (c *Ctx) Query(key string, defaultValue ...string) string               { panic("stub") }
func (c *Ctx) Queries() map[string]string                                    { panic("stub") }
func (c *Ctx) QueryInt(key string, defaultValue ...int) int                  { panic("stub") }
func (c *Ctx) QueryBool(key string, defaultValue ...bool) bool               { panic("stub") }
func (c *Ctx) QueryFloat(key string, defaultValue ...float64) float64        { panic("stub") }
func (c *Ctx) QueryParser(out interface{}) error                             { panic("stub") }
func (c *Ctx) ReqHeaderParser(out interface{}) error                         { panic("stub") }
func (c *Ctx) Redirect(location string, status ...int) error                 { panic("stub") }
func (c *Ctx) Bind(vars Map) error                                           { panic("stub") }
func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { panic("stub") }
func (c *Ctx) Route() *Route                                                 { panic("stub") }
func (c *Ctx) Secure() bool                                                  { panic("stub") }
func (c *Ctx) Send(body []byte) error                                        { panic("stub") }
func (c *Ctx) SendFile(file string, compress ...bool) error                  { panic("stub") }
func (c *Ctx) SendStatus(status int) error                                   { panic("stub") }
func (c *Ctx) SendString(body string) error                                  { panic("stub") }
func (c *Ctx) Set(key, val string)                                           { panic("stub") }
func (c *Ctx) Subdomains(offset ...int) []string                             { panic("stub") }
func (c *Ctx) Stale() bool                                                   { panic("stub") }
func (c *Ctx) Status(status int) *Ctx                                        { panic("stub") }
func (c *Ctx) String() string                                                { panic("stub") }
func (c *Ctx) Type(extension string, charset ...string) *Ctx                 { panic("stub") }
func (c *Ctx) Vary(fields ...string)                                         { panic("stub") }
func (c *Ctx) Write(p []byte) (int, error)                                   { panic("stub") }
func (c *Ctx) WriteString(s string) (int, error)                             { panic("stub") }
func (c *Ctx) XHR() bool                                                     { panic("stub") }
func (c *Ctx) IsFromLocal() bool                                             { panic("stub") }

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
