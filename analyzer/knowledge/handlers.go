package knowledge

// HandlerShape is the signature that makes a function an HTTP handler of
// one framework. Types are spelled with full package paths.
type HandlerShape struct {
	Framework string
	Params    []string
	Results   []string
}

// HandlerShapes are the recognised handler signatures.
var HandlerShapes = []HandlerShape{
	{Framework: "net/http", Params: []string{"net/http.ResponseWriter", "*net/http.Request"}},
	// Handlers that return their error to an adapter the service wraps
	// them in (homebox's errchain, many in-house frameworks).
	{Framework: "net/http", Params: []string{"net/http.ResponseWriter", "*net/http.Request"}, Results: []string{"error"}},
	{Framework: "httprouter", Params: []string{"net/http.ResponseWriter", "*net/http.Request", "github.com/julienschmidt/httprouter.Params"}},
	{Framework: "gin", Params: []string{"*github.com/gin-gonic/gin.Context"}},
	{Framework: "echo", Params: []string{"github.com/labstack/echo/v4.Context"}, Results: []string{"error"}},
	{Framework: "echo", Params: []string{"*github.com/labstack/echo/v5.Context"}, Results: []string{"error"}},
	{Framework: "fiber", Params: []string{"*github.com/gofiber/fiber/v2.Ctx"}, Results: []string{"error"}},
	{Framework: "fiber", Params: []string{"github.com/gofiber/fiber/v3.Ctx"}, Results: []string{"error"}},
}

// ResponseTypes are the values a handler writes its response through.
// Framework contexts write only through ResponseMethods; the others
// (http.ResponseWriter) through any call they are passed to.
var ResponseTypes = map[string]bool{
	"net/http.ResponseWriter":              false,
	"*github.com/gin-gonic/gin.Context":    true,
	"github.com/labstack/echo/v4.Context":  true,
	"*github.com/labstack/echo/v5.Context": true,
	"*github.com/gofiber/fiber/v2.Ctx":     true,
	"github.com/gofiber/fiber/v3.Ctx":      true,
}

// ResponseWrappers return a writer that writes to their first argument.
var ResponseWrappers = map[string]bool{
	"encoding/json.NewEncoder": true,
	"encoding/xml.NewEncoder":  true,
	"encoding/csv.NewWriter":   true,
	"bufio.NewWriter":          true,
	"compress/gzip.NewWriter":  true,
}

// ResponseMethods are framework context methods that write their
// arguments into the response body.
var ResponseMethods = map[string]bool{}

func init() {
	gin := []string{"JSON", "IndentedJSON", "SecureJSON", "JSONP", "AsciiJSON", "PureJSON", "XML",
		"YAML", "TOML", "ProtoBuf", "String", "Data", "HTML", "Render", "AbortWithStatusJSON", "Negotiate"}
	for _, m := range gin {
		ResponseMethods["(*github.com/gin-gonic/gin.Context)."+m] = true
	}
	echo := []string{"JSON", "JSONPretty", "JSONBlob", "JSONP", "XML", "XMLPretty", "String",
		"HTML", "HTMLBlob", "Blob", "Stream", "Render"}
	for _, m := range echo {
		ResponseMethods["(github.com/labstack/echo/v4.Context)."+m] = true
		ResponseMethods["(*github.com/labstack/echo/v5.Context)."+m] = true
	}
	fiber := []string{"JSON", "JSONP", "XML", "Send", "SendString", "Format", "Render", "Write", "WriteString"}
	for _, m := range fiber {
		ResponseMethods["(*github.com/gofiber/fiber/v2.Ctx)."+m] = true
		ResponseMethods["(github.com/gofiber/fiber/v3.Ctx)."+m] = true
	}
}

// DisplayReceivers name receiver types in messages where the real one is
// unexported or one of many embedded interfaces: go-redis promotes the
// commands of *Client from the func type cmdable.
var DisplayReceivers = map[string]string{
	"github.com/redis/go-redis/v9.cmdable":        "redis.Cmdable",
	"github.com/redis/go-redis/v9.StringCmdable":  "redis.Cmdable",
	"github.com/redis/go-redis/v9.HashCmdable":    "redis.Cmdable",
	"github.com/redis/go-redis/v9.GenericCmdable": "redis.Cmdable",
	"github.com/redis/go-redis/v9.ListCmdable":    "redis.Cmdable",
	"github.com/redis/go-redis/v9.SetCmdable":     "redis.Cmdable",
}

// NoReturn are calls that end the goroutine or the process.
var NoReturn = map[string]bool{
	"log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true,
	"log.Panic": true, "log.Panicf": true, "log.Panicln": true,
	"(*log.Logger).Fatal": true, "(*log.Logger).Fatalf": true, "(*log.Logger).Fatalln": true,
	"(*log.Logger).Panic": true, "(*log.Logger).Panicf": true, "(*log.Logger).Panicln": true,
	"os.Exit": true, "runtime.Goexit": true,
}

// ErrorConstructors return a new non-nil error: a function that returns
// one reports failure there.
var ErrorConstructors = map[string]bool{
	"errors.New":  true,
	"fmt.Errorf":  true,
	"errors.Join": true,
	"github.com/labstack/echo/v4.NewHTTPError": true,
	"github.com/labstack/echo/v5.NewHTTPError": true,
	"github.com/gofiber/fiber/v2.NewError":     true,
	"github.com/gofiber/fiber/v3.NewError":     true,
	"google.golang.org/grpc/status.Error":      true,
	"google.golang.org/grpc/status.Errorf":     true,
}
