package knowledge

// SourceKind says which part of the request a value comes from.
type SourceKind uint8

// The request parts a client controls and that name objects.
const (
	Path SourceKind = iota + 1
	Query
	Form
)

func (k SourceKind) String() string {
	switch k {
	case Path:
		return "path parameter"
	case Query:
		return "query parameter"
	case Form:
		return "form value"
	}
	return "request value"
}

// FirstString is the KeyArg of an accessor named by a flag: the first
// string constant argument names the parameter.
const FirstString = -2

// Source describes a call that returns a value the client controls.
type Source struct {
	Kind SourceKind
	// KeyArg is the argument that names the parameter; -1 when the call
	// returns all parameters as a map (Map) and the key is the index;
	// FirstString for the first string constant among the arguments.
	KeyArg int
	// Map reports that the call returns a map from parameter name to value.
	Map bool
}

// Sources are the accessors of path, query and form parameters.
var Sources = map[string]Source{
	// net/http (Go 1.22 ServeMux patterns) and url.Values from r.URL.Query().
	"(*net/http.Request).PathValue":     {Kind: Path, KeyArg: 0},
	"(*net/http.Request).FormValue":     {Kind: Form, KeyArg: 0},
	"(*net/http.Request).PostFormValue": {Kind: Form, KeyArg: 0},
	"(net/url.Values).Get":              {Kind: Query, KeyArg: 0},

	// github.com/go-chi/chi/v5
	"github.com/go-chi/chi/v5.URLParam":            {Kind: Path, KeyArg: 1},
	"github.com/go-chi/chi/v5.URLParamFromCtx":     {Kind: Path, KeyArg: 1},
	"(*github.com/go-chi/chi/v5.Context).URLParam": {Kind: Path, KeyArg: 0},

	// github.com/gorilla/mux: mux.Vars(r)["id"].
	"github.com/gorilla/mux.Vars": {Kind: Path, KeyArg: -1, Map: true},

	// github.com/julienschmidt/httprouter
	"(github.com/julienschmidt/httprouter.Params).ByName": {Kind: Path, KeyArg: 0},

	// github.com/gin-gonic/gin
	"(*github.com/gin-gonic/gin.Context).Param":           {Kind: Path, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).Query":           {Kind: Query, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).DefaultQuery":    {Kind: Query, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).GetQuery":        {Kind: Query, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).QueryArray":      {Kind: Query, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).PostForm":        {Kind: Form, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).DefaultPostForm": {Kind: Form, KeyArg: 0},
	"(*github.com/gin-gonic/gin.Context).GetPostForm":     {Kind: Form, KeyArg: 0},

	// github.com/labstack/echo/v4: Context is an interface.
	"(github.com/labstack/echo/v4.Context).Param":      {Kind: Path, KeyArg: 0},
	"(github.com/labstack/echo/v4.Context).QueryParam": {Kind: Query, KeyArg: 0},
	"(github.com/labstack/echo/v4.Context).FormValue":  {Kind: Form, KeyArg: 0},

	// github.com/labstack/echo/v5: Context is a struct.
	"(*github.com/labstack/echo/v5.Context).Param":        {Kind: Path, KeyArg: 0},
	"(*github.com/labstack/echo/v5.Context).QueryParam":   {Kind: Query, KeyArg: 0},
	"(*github.com/labstack/echo/v5.Context).FormValue":    {Kind: Form, KeyArg: 0},
	"(*github.com/labstack/echo/v5.Context).ParamOr":      {Kind: Path, KeyArg: 0},
	"(*github.com/labstack/echo/v5.Context).QueryParamOr": {Kind: Query, KeyArg: 0},
	"(*github.com/labstack/echo/v5.Context).FormValueOr":  {Kind: Form, KeyArg: 0},
	"github.com/labstack/echo/v5.PathParam":               {Kind: Path, KeyArg: 1},
	"github.com/labstack/echo/v5.PathParamOr":             {Kind: Path, KeyArg: 1},
	"github.com/labstack/echo/v5.QueryParam":              {Kind: Query, KeyArg: 1},
	"github.com/labstack/echo/v5.QueryParamOr":            {Kind: Query, KeyArg: 1},

	// github.com/gofiber/fiber/v2
	"(*github.com/gofiber/fiber/v2.Ctx).Params":     {Kind: Path, KeyArg: 0},
	"(*github.com/gofiber/fiber/v2.Ctx).ParamsInt":  {Kind: Path, KeyArg: 0},
	"(*github.com/gofiber/fiber/v2.Ctx).Query":      {Kind: Query, KeyArg: 0},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryInt":   {Kind: Query, KeyArg: 0},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryFloat": {Kind: Query, KeyArg: 0},
	"(*github.com/gofiber/fiber/v2.Ctx).FormValue":  {Kind: Form, KeyArg: 0},

	// github.com/gofiber/fiber/v3: Ctx is an interface; Params and Query
	// also exist as generic functions taking the Ctx first.
	"(github.com/gofiber/fiber/v3.Ctx).Params":    {Kind: Path, KeyArg: 0},
	"(github.com/gofiber/fiber/v3.Ctx).Query":     {Kind: Query, KeyArg: 0},
	"(github.com/gofiber/fiber/v3.Ctx).FormValue": {Kind: Form, KeyArg: 0},
	"github.com/gofiber/fiber/v3.Params":          {Kind: Path, KeyArg: 1},
	"github.com/gofiber/fiber/v3.Query":           {Kind: Query, KeyArg: 1},
}

// Binder describes a call that copies request parameters into the struct
// its argument Arg points to, field by field according to struct tags.
type Binder struct {
	Arg  int
	Tags []BindTag
}

// BindTag says that fields carrying struct tag Tag are filled from Kind.
type BindTag struct {
	Tag  string
	Kind SourceKind
}

var (
	uriTags    = []BindTag{{Tag: "uri", Kind: Path}}
	formTags   = []BindTag{{Tag: "form", Kind: Query}}
	echoTags   = []BindTag{{Tag: "param", Kind: Path}, {Tag: "query", Kind: Query}}
	paramTags  = []BindTag{{Tag: "param", Kind: Path}}
	queryTags  = []BindTag{{Tag: "query", Kind: Query}}
	fiberPaths = []BindTag{{Tag: "params", Kind: Path}}
)

// Binders are the framework calls that fill structs from the path or query.
var Binders = map[string]Binder{
	"(*github.com/gin-gonic/gin.Context).ShouldBindUri":   {Arg: 0, Tags: uriTags},
	"(*github.com/gin-gonic/gin.Context).BindUri":         {Arg: 0, Tags: uriTags},
	"(*github.com/gin-gonic/gin.Context).ShouldBindQuery": {Arg: 0, Tags: formTags},
	"(*github.com/gin-gonic/gin.Context).BindQuery":       {Arg: 0, Tags: formTags},

	"(github.com/labstack/echo/v4.Context).Bind":                   {Arg: 0, Tags: echoTags},
	"(*github.com/labstack/echo/v4.DefaultBinder).Bind":            {Arg: 0, Tags: echoTags},
	"(*github.com/labstack/echo/v4.DefaultBinder).BindPathParams":  {Arg: 1, Tags: paramTags},
	"(*github.com/labstack/echo/v4.DefaultBinder).BindQueryParams": {Arg: 1, Tags: queryTags},
	"(*github.com/labstack/echo/v5.Context).Bind":                  {Arg: 0, Tags: echoTags},
	"github.com/labstack/echo/v5.BindPathValues":                   {Arg: 1, Tags: paramTags},
	"github.com/labstack/echo/v5.BindQueryParams":                  {Arg: 1, Tags: queryTags},

	"(*github.com/gofiber/fiber/v2.Ctx).ParamsParser": {Arg: 0, Tags: fiberPaths},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryParser":  {Arg: 0, Tags: queryTags},
	"(*github.com/gofiber/fiber/v3.Bind).URI":         {Arg: 0, Tags: uriTags},
	"(*github.com/gofiber/fiber/v3.Bind).Query":       {Arg: 0, Tags: queryTags},
}
