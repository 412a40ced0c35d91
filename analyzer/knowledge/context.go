package knowledge

// ContextStore is a call that stores a value under a key for the handlers
// that run after it: authentication middleware hands over the caller this
// way.
type ContextStore struct {
	Key, Value int
}

// ContextStores are the calls that store a request-scoped value.
var ContextStores = map[string]ContextStore{
	"context.WithValue":                          {Key: 1, Value: 2},
	"(*github.com/gin-gonic/gin.Context).Set":    {Key: 0, Value: 1},
	"(github.com/labstack/echo/v4.Context).Set":  {Key: 0, Value: 1},
	"(*github.com/labstack/echo/v5.Context).Set": {Key: 0, Value: 1},
	"(*github.com/gofiber/fiber/v2.Ctx).Locals":  {Key: 0, Value: 1},
	"(github.com/gofiber/fiber/v3.Ctx).Locals":   {Key: 0, Value: 1},
	"github.com/gofiber/fiber/v3.Locals":         {Key: 1, Value: 2},
}

// ContextLoads are the calls that read a request-scoped value back; the
// value is the key argument's index. Fiber's Locals stores when given a
// value and loads otherwise.
var ContextLoads = map[string]int{
	"(context.Context).Value":                       0,
	"(*github.com/gin-gonic/gin.Context).Get":       0,
	"(*github.com/gin-gonic/gin.Context).MustGet":   0,
	"(*github.com/gin-gonic/gin.Context).GetString": 0,
	"(*github.com/gin-gonic/gin.Context).GetInt":    0,
	"(*github.com/gin-gonic/gin.Context).GetInt64":  0,
	"(*github.com/gin-gonic/gin.Context).GetUint":   0,
	"(*github.com/gin-gonic/gin.Context).GetUint64": 0,
	"(*github.com/gin-gonic/gin.Context).Value":     0,
	"(github.com/labstack/echo/v4.Context).Get":     0,
	"(*github.com/labstack/echo/v5.Context).Get":    0,
	"(*github.com/gofiber/fiber/v2.Ctx).Locals":     0,
	"(github.com/gofiber/fiber/v3.Ctx).Locals":      0,
	"github.com/gofiber/fiber/v3.Locals":            1,
}
