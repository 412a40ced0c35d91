package knowledge

// Route describes a call that registers handlers on a router.
type Route struct {
	// Pattern is the argument holding the path pattern; None when the
	// route was given its path earlier (gorilla's Route.HandlerFunc).
	Pattern int
	// Method is the argument naming the HTTP method; None when the
	// method's own name says it (GET, Get, ...).
	Method int
	// Handlers is the first argument that is a handler or middleware.
	// When Last is set, only the last of the variadic tail is the handler
	// and the ones before it are middleware (gin, fiber); otherwise the
	// argument is the handler.
	Handlers int
	Last     bool
	// Middleware is the first argument carrying route-level middleware
	// after the handler (echo); None when none.
	Middleware int
}

// Derive describes a call that returns a router or group that inherits the
// receiver's middleware and may add its own.
type Derive struct {
	// Middleware is the first argument carrying middleware; None if none.
	Middleware int
	// Callback is the argument that is a function receiving the derived
	// router (chi's Group and Route); None if none.
	Callback int
	// Prefix is the argument holding the path prefix of the derived
	// router; None if none.
	Prefix int
}

// Routes are the handler registrations of the supported routers.
var Routes = map[string]Route{}

// Derives are the calls that make sub-routers and groups.
var Derives = map[string]Derive{}

// Uses are the methods that add middleware (all arguments) to their receiver.
var Uses = map[string]bool{}

// UsesInOrder are the Uses whose middleware guards only the routes
// registered after them (gin, echo groups, fiber); the others guard
// every route of the router (chi, gorilla, echo's root).
var UsesInOrder = map[string]bool{}

var httpVerbs = []string{"Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Connect", "Trace"}

func upper(verbs []string) []string {
	out := make([]string, len(verbs))
	for i, v := range verbs {
		b := []byte(v)
		for j := range b {
			if 'a' <= b[j] && b[j] <= 'z' {
				b[j] -= 'a' - 'A'
			}
		}
		out[i] = string(b)
	}
	return out
}

func init() {
	addNetHTTPRoutes()
	addChiRoutes()
	addGorillaRoutes()
	addGinRoutes()
	addEchoRoutes()
	addFiberRoutes()
	addHTTPRouterRoutes()
}

var (
	patternThenHandler = Route{Pattern: 0, Method: None, Handlers: 1, Middleware: None}
	methodPathHandler  = Route{Pattern: 1, Method: 0, Handlers: 2, Middleware: None}
	noDerive           = Derive{Middleware: None, Callback: None, Prefix: None}
	prefixDerive       = Derive{Middleware: None, Callback: None, Prefix: 0}
)

func addNetHTTPRoutes() {
	for _, k := range []string{"(*net/http.ServeMux).Handle", "(*net/http.ServeMux).HandleFunc",
		"net/http.Handle", "net/http.HandleFunc"} {
		Routes[k] = patternThenHandler
	}
}

func addChiRoutes() {
	for _, recv := range []string{"(*github.com/go-chi/chi/v5.Mux).", "(github.com/go-chi/chi/v5.Router)."} {
		for _, v := range append(httpVerbs, "Handle", "HandleFunc", "Mount") {
			Routes[recv+v] = patternThenHandler
		}
		Routes[recv+"Method"] = methodPathHandler
		Routes[recv+"MethodFunc"] = methodPathHandler
		Derives[recv+"Group"] = Derive{Middleware: None, Callback: 0, Prefix: None}
		Derives[recv+"Route"] = Derive{Middleware: None, Callback: 1, Prefix: 0}
		Derives[recv+"With"] = Derive{Middleware: 0, Callback: None, Prefix: None}
		Uses[recv+"Use"] = true
	}
}

func addGorillaRoutes() {
	const pkg = "github.com/gorilla/mux"
	Routes["(*"+pkg+".Router).HandleFunc"] = patternThenHandler
	Routes["(*"+pkg+".Router).Handle"] = patternThenHandler
	Routes["(*"+pkg+".Route).HandlerFunc"] = Route{Pattern: None, Method: None, Handlers: 0, Middleware: None}
	Routes["(*"+pkg+".Route).Handler"] = Route{Pattern: None, Method: None, Handlers: 0, Middleware: None}
	for _, k := range []string{"(*" + pkg + ".Router).Host", "(*" + pkg + ".Router).Methods",
		"(*" + pkg + ".Router).NewRoute", "(*" + pkg + ".Router).Schemes", "(*" + pkg + ".Router).Headers",
		"(*" + pkg + ".Route).Subrouter", "(*" + pkg + ".Route).Methods", "(*" + pkg + ".Route).Host"} {
		Derives[k] = noDerive
	}
	for _, k := range []string{"(*" + pkg + ".Router).PathPrefix", "(*" + pkg + ".Router).Path",
		"(*" + pkg + ".Route).PathPrefix", "(*" + pkg + ".Route).Path"} {
		Derives[k] = prefixDerive
	}
	Uses["(*"+pkg+".Router).Use"] = true
}

func addGinRoutes() {
	verb := Route{Pattern: 0, Method: None, Handlers: 1, Last: true, Middleware: None}
	for _, recv := range []string{"(*github.com/gin-gonic/gin.RouterGroup).",
		"(github.com/gin-gonic/gin.IRoutes).", "(github.com/gin-gonic/gin.IRouter)."} {
		for _, v := range append(upper(httpVerbs), "Any") {
			Routes[recv+v] = verb
		}
		Routes[recv+"Handle"] = Route{Pattern: 1, Method: 0, Handlers: 2, Last: true, Middleware: None}
		Uses[recv+"Use"] = true
		UsesInOrder[recv+"Use"] = true
	}
	Uses["(*github.com/gin-gonic/gin.Engine).Use"] = true
	UsesInOrder["(*github.com/gin-gonic/gin.Engine).Use"] = true
	Derives["(*github.com/gin-gonic/gin.RouterGroup).Group"] = Derive{Middleware: 1, Callback: None, Prefix: 0}
	Derives["(github.com/gin-gonic/gin.IRouter).Group"] = Derive{Middleware: 1, Callback: None, Prefix: 0}
}

func addEchoRoutes() {
	verb := Route{Pattern: 0, Method: None, Handlers: 1, Middleware: 2}
	for _, pkg := range []string{"github.com/labstack/echo/v4", "github.com/labstack/echo/v5"} {
		for _, recv := range []string{"(*" + pkg + ".Echo).", "(*" + pkg + ".Group)."} {
			for _, v := range append(upper(httpVerbs), "Any") {
				Routes[recv+v] = verb
			}
			Routes[recv+"Add"] = Route{Pattern: 1, Method: 0, Handlers: 2, Middleware: 3}
			Derives[recv+"Group"] = Derive{Middleware: 1, Callback: None, Prefix: 0}
			Uses[recv+"Use"] = true
		}
		UsesInOrder["(*"+pkg+".Group).Use"] = true
		Uses["(*"+pkg+".Echo).Pre"] = true
	}
}

// addFiberRoutes: v2 and v3 register alike; v3 takes the handler first
// and middleware after it in one variadic list of any, Get(path, handler
// any, handlers ...any), which the same Route (Last) describes.
func addFiberRoutes() {
	verb := Route{Pattern: 0, Method: None, Handlers: 1, Last: true, Middleware: None}
	for _, pkg := range []string{"github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3"} {
		for _, recv := range []string{"(*" + pkg + ".App).", "(*" + pkg + ".Group).", "(" + pkg + ".Router)."} {
			for _, v := range append(httpVerbs, "All") {
				Routes[recv+v] = verb
			}
			Routes[recv+"Add"] = Route{Pattern: 1, Method: 0, Handlers: 2, Last: true, Middleware: None}
			Derives[recv+"Group"] = Derive{Middleware: 1, Callback: None, Prefix: 0}
			Derives[recv+"Route"] = Derive{Middleware: None, Callback: 1, Prefix: 0}
			Uses[recv+"Use"] = true
			UsesInOrder[recv+"Use"] = true
		}
	}
}

func addHTTPRouterRoutes() {
	const recv = "(*github.com/julienschmidt/httprouter.Router)."
	for _, v := range upper(httpVerbs[:7]) {
		Routes[recv+v] = patternThenHandler
	}
	Routes[recv+"Handle"] = methodPathHandler
	Routes[recv+"Handler"] = methodPathHandler
	Routes[recv+"HandlerFunc"] = methodPathHandler
}

// AbortCalls stop a framework's middleware chain: the handlers behind
// the middleware do not run.
var AbortCalls = map[string]bool{
	"(*github.com/gin-gonic/gin.Context).Abort":                   true,
	"(*github.com/gin-gonic/gin.Context).AbortWithStatus":         true,
	"(*github.com/gin-gonic/gin.Context).AbortWithStatusJSON":     true,
	"(*github.com/gin-gonic/gin.Context).AbortWithStatusPureJSON": true,
	"(*github.com/gin-gonic/gin.Context).AbortWithError":          true,
}

// ChainsOnReturn are the context types of frameworks that run the next
// handler when middleware returns without aborting: gin middleware need
// not call c.Next().
var ChainsOnReturn = map[string]bool{
	"*github.com/gin-gonic/gin.Context": true,
}

// NextCalls run the rest of a framework's middleware chain.
var NextCalls = map[string]bool{
	"(*github.com/gin-gonic/gin.Context).Next":    true,
	"(*github.com/gofiber/fiber/v2.Ctx).Next":     true,
	"(github.com/gofiber/fiber/v3.Ctx).Next":      true,
	"(*github.com/labstack/echo/v5.Context).Next": true,
}
