// Package gin is a minimal stub of github.com/gin-gonic/gin@v1.12.0 for analyzer tests.
package gin

import (
	"io"
	"io/fs"
	"mime/multipart"
	"net"
	"net/http"
	"time"
)

// ContextKey is the key that a Context returns itself for.
const ContextKey = "_gin-gonic/gin/contextkey"

// AuthUserKey is the cookie name for user credential in basic auth.
const AuthUserKey = "user"

const (
	// DebugMode indicates gin mode is debug.
	DebugMode = "debug"
	// ReleaseMode indicates gin mode is release.
	ReleaseMode = "release"
	// TestMode indicates gin mode is test.
	TestMode = "test"
)

// SetMode sets gin mode according to input string.
func SetMode(value string) { panic("stub") }

// Mode returns current gin mode.
func Mode() string { panic("stub") }

// H is a shortcut for map[string]any
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// OptionFunc defines the function to change the default configuration
type OptionFunc func(*Engine)

// HandlersChain defines a HandlerFunc slice.
type HandlersChain []HandlerFunc

// Last returns the last handler in the chain.
func (c HandlersChain) Last() HandlerFunc { panic("stub") }

// RouteInfo represents a request route's specification.
type RouteInfo struct {
	Method      string
	Path        string
	Handler     string
	HandlerFunc HandlerFunc
}

// RoutesInfo defines a RouteInfo slice.
type RoutesInfo []RouteInfo

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is a Param-slice, as returned by the router.
type Params []Param

// Get returns the value of the first Param which key matches the given name and a boolean true.
func (ps Params) Get(name string) (string, bool) { panic("stub") }

// ByName returns the value of the first Param which key matches the given name.
func (ps Params) ByName(name string) (va string) { panic("stub") }

// Accounts defines a key/value for user/pass list of authorized logins.
type Accounts map[string]string

// BasicAuth returns a Basic HTTP Authorization middleware.
func BasicAuth(accounts Accounts) HandlerFunc { panic("stub") }

// Logger instances a Logger middleware.
func Logger() HandlerFunc { panic("stub") }

// Recovery returns a middleware that recovers from any panics.
func Recovery() HandlerFunc { panic("stub") }

// WrapF is a helper function for wrapping http.HandlerFunc and returns a Gin middleware.
func WrapF(f http.HandlerFunc) HandlerFunc { panic("stub") }

// WrapH is a helper function for wrapping http.Handler and returns a Gin middleware.
func WrapH(h http.Handler) HandlerFunc { panic("stub") }

// CreateTestContext returns a fresh Engine and a Context associated with it.
func CreateTestContext(w http.ResponseWriter) (c *Context, r *Engine) { panic("stub") }

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

const (
	// ErrorTypeBind is used when Context.Bind() fails.
	ErrorTypeBind ErrorType = 1 << 63
	// ErrorTypeRender is used when Context.Render() fails.
	ErrorTypeRender ErrorType = 1 << 62
	// ErrorTypePrivate indicates a private error.
	ErrorTypePrivate ErrorType = 1 << 0
	// ErrorTypePublic indicates a public error.
	ErrorTypePublic ErrorType = 1 << 1
	// ErrorTypeAny indicates any other error.
	ErrorTypeAny ErrorType = 1<<64 - 1
)

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

func (msg *Error) SetType(flags ErrorType) *Error { panic("stub") }
func (msg *Error) SetMeta(data any) *Error        { panic("stub") }
func (msg *Error) JSON() any                      { panic("stub") }
func (msg *Error) MarshalJSON() ([]byte, error)   { panic("stub") }
func (msg Error) Error() string                   { panic("stub") }
func (msg *Error) IsType(flags ErrorType) bool    { panic("stub") }
func (msg Error) Unwrap() error                   { panic("stub") }

type errorMsgs []*Error

func (a errorMsgs) ByType(typ ErrorType) errorMsgs { panic("stub") }
func (a errorMsgs) Last() *Error                   { panic("stub") }
func (a errorMsgs) Errors() []string               { panic("stub") }
func (a errorMsgs) JSON() any                      { panic("stub") }
func (a errorMsgs) MarshalJSON() ([]byte, error)   { panic("stub") }
func (a errorMsgs) String() string                 { panic("stub") }

// ResponseWriter is gin's response writer.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	Status() int
	Size() int
	WriteString(string) (int, error)
	Written() bool
	WriteHeaderNow()
	Pusher() http.Pusher
}

// IRouter defines all router handle interface includes single and group router.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is used internally to configure router.
type RouterGroup struct {
	Handlers HandlersChain
}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { panic("stub") }
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	panic("stub")
}
func (group *RouterGroup) BasePath() string { panic("stub") }
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	panic("stub")
}
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { panic("stub") }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { panic("stub") }
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes  { panic("stub") }
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes    { panic("stub") }
func (group *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes {
	panic("stub")
}
func (group *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes { panic("stub") }
func (group *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes  { panic("stub") }
func (group *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	panic("stub")
}
func (group *RouterGroup) StaticFile(relativePath, filepath string) IRoutes { panic("stub") }
func (group *RouterGroup) StaticFileFS(relativePath, filepath string, fs http.FileSystem) IRoutes {
	panic("stub")
}
func (group *RouterGroup) Static(relativePath, root string) IRoutes                 { panic("stub") }
func (group *RouterGroup) StaticFS(relativePath string, fs http.FileSystem) IRoutes { panic("stub") }

// Engine is the framework's instance.
type Engine struct {
	RouterGroup

	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	AppEngine              bool
	UseRawPath             bool
	UseEscapedPath         bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseH2C                 bool
	ContextWithFallback    bool
}

// New returns a new blank Engine instance without any middleware attached.
func New(opts ...OptionFunc) *Engine { panic("stub") }

// Default returns an Engine instance with the Logger and Recovery middleware already attached.
func Default(opts ...OptionFunc) *Engine { panic("stub") }

func (engine *Engine) Handler() http.Handler                              { panic("stub") }
func (engine *Engine) NoRoute(handlers ...HandlerFunc)                    { panic("stub") }
func (engine *Engine) NoMethod(handlers ...HandlerFunc)                   { panic("stub") }
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes              { panic("stub") }
func (engine *Engine) With(opts ...OptionFunc) *Engine                    { panic("stub") }
func (engine *Engine) Routes() (routes RoutesInfo)                        { panic("stub") }
func (engine *Engine) SetTrustedProxies(trustedProxies []string) error    { panic("stub") }
func (engine *Engine) Run(addr ...string) (err error)                     { panic("stub") }
func (engine *Engine) RunTLS(addr, certFile, keyFile string) (err error)  { panic("stub") }
func (engine *Engine) RunListener(listener net.Listener) (err error)      { panic("stub") }
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) { panic("stub") }
func (engine *Engine) HandleContext(c *Context)                           { panic("stub") }

// Context is the most important part of gin.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	Params Params

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Errors is a list of errors attached to all the handlers/middlewares who used this context.
	Errors errorMsgs

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string
}

func (c *Context) Copy() *Context                                         { panic("stub") }
func (c *Context) HandlerName() string                                    { panic("stub") }
func (c *Context) HandlerNames() []string                                 { panic("stub") }
func (c *Context) Handler() HandlerFunc                                   { panic("stub") }
func (c *Context) FullPath() string                                       { panic("stub") }
func (c *Context) Next()                                                  { panic("stub") }
func (c *Context) IsAborted() bool                                        { panic("stub") }
func (c *Context) Abort()                                                 { panic("stub") }
func (c *Context) AbortWithStatus(code int)                               { panic("stub") }
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any)          { panic("stub") }
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)              { panic("stub") }
func (c *Context) AbortWithError(code int, err error) *Error              { panic("stub") }
func (c *Context) Error(err error) *Error                                 { panic("stub") }
func (c *Context) Set(key any, value any)                                 { panic("stub") }
func (c *Context) Get(key any) (value any, exists bool)                   { panic("stub") }
func (c *Context) MustGet(key any) any                                    { panic("stub") }
func (c *Context) GetString(key any) string                               { panic("stub") }
func (c *Context) GetBool(key any) bool                                   { panic("stub") }
func (c *Context) GetInt(key any) int                                     { panic("stub") }
func (c *Context) GetInt32(key any) int32                                 { panic("stub") }
func (c *Context) GetInt64(key any) int64                                 { panic("stub") }
func (c *Context) GetUint(key any) uint                                   { panic("stub") }
func (c *Context) GetUint64(key any) uint64                               { panic("stub") }
func (c *Context) GetFloat64(key any) float64                             { panic("stub") }
func (c *Context) GetTime(key any) time.Time                              { panic("stub") }
func (c *Context) GetDuration(key any) time.Duration                      { panic("stub") }
func (c *Context) GetError(key any) error                                 { panic("stub") }
func (c *Context) GetStringSlice(key any) []string                        { panic("stub") }
func (c *Context) GetStringMap(key any) map[string]any                    { panic("stub") }
func (c *Context) GetStringMapString(key any) map[string]string           { panic("stub") }
func (c *Context) Delete(key any)                                         { panic("stub") }
func (c *Context) Param(key string) string                                { panic("stub") }
func (c *Context) AddParam(key, value string)                             { panic("stub") }
func (c *Context) Query(key string) (value string)                        { panic("stub") }
func (c *Context) DefaultQuery(key, defaultValue string) string           { panic("stub") }
func (c *Context) GetQuery(key string) (string, bool)                     { panic("stub") }
func (c *Context) QueryArray(key string) (values []string)                { panic("stub") }
func (c *Context) GetQueryArray(key string) (values []string, ok bool)    { panic("stub") }
func (c *Context) QueryMap(key string) (dicts map[string]string)          { panic("stub") }
func (c *Context) GetQueryMap(key string) (map[string]string, bool)       { panic("stub") }
func (c *Context) PostForm(key string) (value string)                     { panic("stub") }
func (c *Context) DefaultPostForm(key, defaultValue string) string        { panic("stub") }
func (c *Context) GetPostForm(key string) (string, bool)                  { panic("stub") }
func (c *Context) PostFormArray(key string) (values []string)             { panic("stub") }
func (c *Context) GetPostFormArray(key string) (values []string, ok bool) { panic("stub") }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error)    { panic("stub") }
func (c *Context) MultipartForm() (*multipart.Form, error)                { panic("stub") }
func (c *Context) SaveUploadedFile(file *multipart.FileHeader, dst string, perm ...fs.FileMode) error {
	panic("stub")
}
func (c *Context) Bind(obj any) error                   { panic("stub") }
func (c *Context) BindJSON(obj any) error               { panic("stub") }
func (c *Context) BindXML(obj any) error                { panic("stub") }
func (c *Context) BindQuery(obj any) error              { panic("stub") }
func (c *Context) BindYAML(obj any) error               { panic("stub") }
func (c *Context) BindHeader(obj any) error             { panic("stub") }
func (c *Context) BindUri(obj any) error                { panic("stub") }
func (c *Context) ShouldBind(obj any) error             { panic("stub") }
func (c *Context) ShouldBindJSON(obj any) error         { panic("stub") }
func (c *Context) ShouldBindXML(obj any) error          { panic("stub") }
func (c *Context) ShouldBindQuery(obj any) error        { panic("stub") }
func (c *Context) ShouldBindYAML(obj any) error         { panic("stub") }
func (c *Context) ShouldBindHeader(obj any) error       { panic("stub") }
func (c *Context) ShouldBindUri(obj any) error          { panic("stub") }
func (c *Context) ShouldBindBodyWithJSON(obj any) error { panic("stub") }
func (c *Context) ClientIP() string                     { panic("stub") }
func (c *Context) RemoteIP() string                     { panic("stub") }
func (c *Context) ContentType() string                  { panic("stub") }
func (c *Context) IsWebsocket() bool                    { panic("stub") }
func (c *Context) Status(code int)                      { panic("stub") }
func (c *Context) Header(key, value string)             { panic("stub") }
func (c *Context) GetHeader(key string) string          { panic("stub") }
func (c *Context) GetRawData() ([]byte, error)          { panic("stub") }
func (c *Context) SetSameSite(samesite http.SameSite)   { panic("stub") }
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
	panic("stub")
}
func (c *Context) SetCookieData(cookie *http.Cookie)              { panic("stub") }
func (c *Context) Cookie(name string) (string, error)             { panic("stub") }
func (c *Context) HTML(code int, name string, obj any)            { panic("stub") }
func (c *Context) IndentedJSON(code int, obj any)                 { panic("stub") }
func (c *Context) SecureJSON(code int, obj any)                   { panic("stub") }
func (c *Context) JSONP(code int, obj any)                        { panic("stub") }
func (c *Context) JSON(code int, obj any)                         { panic("stub") }
func (c *Context) AsciiJSON(code int, obj any)                    { panic("stub") }
func (c *Context) PureJSON(code int, obj any)                     { panic("stub") }
func (c *Context) XML(code int, obj any)                          { panic("stub") }
func (c *Context) YAML(code int, obj any)                         { panic("stub") }
func (c *Context) String(code int, format string, values ...any)  { panic("stub") }
func (c *Context) Redirect(code int, location string)             { panic("stub") }
func (c *Context) Data(code int, contentType string, data []byte) { panic("stub") }
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
	panic("stub")
}
func (c *Context) File(filepath string)                     { panic("stub") }
func (c *Context) FileAttachment(filepath, filename string) { panic("stub") }
func (c *Context) Stream(step func(w io.Writer) bool) bool  { panic("stub") }
func (c *Context) Deadline() (deadline time.Time, ok bool)  { panic("stub") }
func (c *Context) Done() <-chan struct{}                    { panic("stub") }
func (c *Context) Err() error                               { panic("stub") }
func (c *Context) Value(key any) any                        { panic("stub") }
