package knowledge

import "strings"

// Op says whether a data access reads or changes stored objects.
type Op uint8

// The kinds of data access.
const (
	Read Op = iota + 1
	Write
)

func (o Op) String() string {
	if o == Write {
		return "write"
	}
	return "read"
}

// None marks an absent argument index.
const None = -1

// Sink describes a data-access call: which arguments select the objects it
// touches and whether it reads or writes them.
type Sink struct {
	// Op is the kind of access when the SQL text (Query) does not tell.
	Op Op
	// Query is the argument holding SQL text whose clauses tell filters
	// from written values and reads from writes; None when there is none.
	Query int
	// Args is the first bind argument of Query (variadic); None when none.
	Args int
	// Named is an argument whose fields or keys bind the named parameters
	// of Query (sqlx NamedExec); None when none.
	Named int
	// Filters are arguments that select objects (a mongo filter, gorm
	// inline conditions). FiltersFrom extends them to the variadic tail.
	Filters     []int
	FiltersFrom int
	// Models are arguments holding a model value whose primary key selects
	// the object it stands for (gorm's Save(&note)); its other fields are
	// written.
	Models []int
	// Dest is the pointer argument the fetched objects are stored into.
	Dest int
	// Chain reports that the receiver is a query builder whose earlier
	// calls (Chains) add filters to this access.
	Chain bool
}

// Chained describes a query-builder method that returns the builder with
// more conditions (gorm's Where) or none (gorm's Order).
type Chained struct {
	Filters     []int
	FiltersFrom int
	Models      []int
	// Weakens reports that the conditions widen the query (Or, Not), so a
	// subject among them scopes nothing.
	Weakens bool
	// Query and Args are SQL text and its bind arguments (gorm Raw).
	Query int
	Args  int
	// Scopes reports that the arguments are functions that refine the
	// query themselves (gorm's Scopes(ownedBy(sub))).
	Scopes bool
	// Writes reports that a read at the end of the chain writes what it
	// finds: gorm's Assign makes FirstOrCreate update the found row.
	Writes bool
}

// ScopeTypes are the query builders a function can return to refine a
// query: a function returning one, or returning a closure that does, is
// summarised by the conditions it adds.
var ScopeTypes = map[string]bool{
	"*gorm.io/gorm.DB": true,
}

func sqlRead(query int) Sink {
	return Sink{Op: Read, Query: query, Args: query + 1, Named: None, FiltersFrom: None, Dest: None}
}

func sqlWrite(query int) Sink {
	s := sqlRead(query)
	s.Op = Write
	return s
}

func sqlxDest(query int) Sink {
	s := sqlRead(query)
	s.Dest = query - 1
	return s
}

func sqlxNamed(query int) Sink {
	return Sink{Op: Write, Query: query, Args: None, Named: query + 1, FiltersFrom: None, Dest: None}
}

func stmt(op Op, args int) Sink {
	return Sink{Op: op, Query: None, Args: args, Named: None, FiltersFrom: None, Dest: None}
}

func gormFind(op Op) Sink {
	return Sink{Op: op, Query: None, Args: None, Named: None, FiltersFrom: 1, Dest: 0, Chain: true}
}

func gormModel(op Op, models ...int) Sink {
	return Sink{Op: op, Query: None, Args: None, Named: None, Models: models, FiltersFrom: None, Dest: None, Chain: true}
}

func gormRaw(op Op) Sink {
	return Sink{Op: op, Query: 0, Args: 1, Named: None, FiltersFrom: None, Dest: None, Chain: true}
}

func filterArg(op Op, filter int) Sink {
	return Sink{Op: op, Query: None, Args: None, Named: None, Filters: []int{filter}, FiltersFrom: None, Dest: None}
}

func filterFrom(op Op, from int) Sink {
	return Sink{Op: op, Query: None, Args: None, Named: None, FiltersFrom: from, Dest: None}
}

// Sinks are the data-access calls of the supported drivers.
var Sinks = map[string]Sink{}

// Chains are the query-builder methods that refine a later access.
var Chains = map[string]Chained{}

func init() {
	addSQL()
	addSQLX()
	addGorm()
	addPgx()
	addMongo()
	addRedis()
}

// addSQL adds database/sql: the SQL text decides read or write; Op is the
// guess when it is not a constant.
func addSQL() {
	for _, recv := range []string{"*database/sql.DB", "*database/sql.Tx", "*database/sql.Conn"} {
		m := func(name string) string { return "(" + recv + ")." + name }
		if recv != "*database/sql.Conn" {
			Sinks[m("Query")] = sqlRead(0)
			Sinks[m("QueryRow")] = sqlRead(0)
			Sinks[m("Exec")] = sqlWrite(0)
		}
		Sinks[m("QueryContext")] = sqlRead(1)
		Sinks[m("QueryRowContext")] = sqlRead(1)
		Sinks[m("ExecContext")] = sqlWrite(1)
	}
	Sinks["(*database/sql.Stmt).Query"] = stmt(Read, 0)
	Sinks["(*database/sql.Stmt).QueryRow"] = stmt(Read, 0)
	Sinks["(*database/sql.Stmt).Exec"] = stmt(Write, 0)
	Sinks["(*database/sql.Stmt).QueryContext"] = stmt(Read, 1)
	Sinks["(*database/sql.Stmt).QueryRowContext"] = stmt(Read, 1)
	Sinks["(*database/sql.Stmt).ExecContext"] = stmt(Write, 1)
}

// addSQLX adds github.com/jmoiron/sqlx. Methods promoted from the embedded
// *sql.DB resolve to database/sql's entries.
func addSQLX() {
	const pkg = "github.com/jmoiron/sqlx"
	for _, recv := range []string{"(*" + pkg + ".DB).", "(*" + pkg + ".Tx)."} {
		Sinks[recv+"Get"] = sqlxDest(1)
		Sinks[recv+"Select"] = sqlxDest(1)
		Sinks[recv+"GetContext"] = sqlxDest(2)
		Sinks[recv+"SelectContext"] = sqlxDest(2)
		Sinks[recv+"Queryx"] = sqlRead(0)
		Sinks[recv+"QueryRowx"] = sqlRead(0)
		Sinks[recv+"QueryxContext"] = sqlRead(1)
		Sinks[recv+"QueryRowxContext"] = sqlRead(1)
		Sinks[recv+"MustExec"] = sqlWrite(0)
		Sinks[recv+"MustExecContext"] = sqlWrite(1)
		Sinks[recv+"NamedExec"] = sqlxNamed(0)
		Sinks[recv+"NamedExecContext"] = sqlxNamed(1)
		Sinks[recv+"NamedQuery"] = sqlxNamedRead(0)
	}
	Sinks["(*"+pkg+".DB).NamedQueryContext"] = sqlxNamedRead(1)
	Sinks[pkg+".Get"] = sqlxDest(2)
	Sinks[pkg+".Select"] = sqlxDest(2)
	Sinks[pkg+".GetContext"] = sqlxDest(3)
	Sinks[pkg+".SelectContext"] = sqlxDest(3)
	Sinks[pkg+".NamedExec"] = sqlxNamed(1)
	Sinks[pkg+".NamedExecContext"] = sqlxNamed(2)
}

func sqlxNamedRead(query int) Sink {
	s := sqlxNamed(query)
	s.Op = Read
	return s
}

// addGorm adds gorm.io/gorm: terminal methods are sinks whose receiver chain
// (Where, Model, Joins, ...) contributes the conditions.
func addGorm() {
	const recv = "(*gorm.io/gorm.DB)."
	for _, name := range []string{"First", "Take", "Last", "Find", "Scan"} {
		Sinks[recv+name] = gormFind(Read)
	}
	Sinks[recv+"FirstOrInit"] = gormFind(Read)
	// FirstOrCreate returns the row it finds and inserts one only when
	// none matches, from the conditions' own values: it changes no object
	// that exists, unless the chain Assigns values to it.
	Sinks[recv+"FirstOrCreate"] = gormFind(Read)
	Sinks[recv+"Delete"] = gormDelete()
	Sinks[recv+"Save"] = gormModel(Write, 0)
	for _, name := range []string{"Updates", "Update", "UpdateColumn", "UpdateColumns"} {
		Sinks[recv+name] = gormModel(Write)
	}
	for _, name := range []string{"Count", "Row", "Rows"} {
		Sinks[recv+name] = gormModel(Read)
	}
	pluck := gormModel(Read)
	pluck.Dest = 1
	Sinks[recv+"Pluck"] = pluck
	Sinks[recv+"Exec"] = gormRaw(Write)

	conds := Chained{FiltersFrom: 0, Query: None, Args: None}
	Chains[recv+"Where"] = conds
	Chains[recv+"Having"] = conds
	Chains[recv+"Or"] = Chained{FiltersFrom: 0, Weakens: true, Query: None, Args: None}
	Chains[recv+"Not"] = Chained{FiltersFrom: 0, Weakens: true, Query: None, Args: None}
	Chains[recv+"Model"] = Chained{Models: []int{0}, FiltersFrom: None, Query: None, Args: None}
	Chains[recv+"Joins"] = Chained{FiltersFrom: 1, Query: None, Args: None}
	Chains[recv+"InnerJoins"] = Chained{FiltersFrom: 1, Query: None, Args: None}
	Chains[recv+"Raw"] = Chained{FiltersFrom: None, Query: 0, Args: 1}
	Chains[recv+"Scopes"] = Chained{FiltersFrom: None, Query: None, Args: None, Scopes: true}
	// Attrs and Assign give the values of a row FirstOrCreate inserts;
	// Assign also sets them on the row it finds.
	Chains[recv+"Attrs"] = Chained{FiltersFrom: None, Query: None, Args: None}
	Chains[recv+"Assign"] = Chained{FiltersFrom: None, Query: None, Args: None, Writes: true}
	for _, name := range []string{"WithContext", "Table", "Select", "Omit", "Order", "Limit",
		"Offset", "Preload", "Session", "Debug", "Unscoped", "Distinct", "Group", "Clauses"} {
		Chains[recv+name] = Chained{FiltersFrom: None, Query: None, Args: None}
	}
}

// gormDelete: Delete(value, conds...) deletes the rows the model value's
// primary key and the inline conditions select.
func gormDelete() Sink {
	s := gormModel(Write, 0)
	s.FiltersFrom = 1
	return s
}

// addPgx adds github.com/jackc/pgx/v5: Conn, pgxpool.Pool and Conn, and the
// Tx interface.
func addPgx() {
	for _, recv := range []string{
		"(*github.com/jackc/pgx/v5.Conn).",
		"(github.com/jackc/pgx/v5.Tx).",
		"(*github.com/jackc/pgx/v5/pgxpool.Pool).",
		"(*github.com/jackc/pgx/v5/pgxpool.Conn).",
		"(*github.com/jackc/pgx/v5/pgxpool.Tx).",
	} {
		Sinks[recv+"Query"] = sqlRead(1)
		Sinks[recv+"QueryRow"] = sqlRead(1)
		Sinks[recv+"Exec"] = sqlWrite(1)
	}
}

// addMongo adds the mongo driver v1 and v2 collection methods.
func addMongo() {
	for _, pkg := range []string{"go.mongodb.org/mongo-driver/v2/mongo", "go.mongodb.org/mongo-driver/mongo"} {
		recv := "(*" + pkg + ".Collection)."
		for _, name := range []string{"FindOne", "Find", "CountDocuments", "Aggregate"} {
			Sinks[recv+name] = filterArg(Read, 1)
		}
		Sinks[recv+"Distinct"] = filterArg(Read, 2)
		for _, name := range []string{"UpdateOne", "UpdateMany", "UpdateByID", "ReplaceOne",
			"DeleteOne", "DeleteMany", "FindOneAndUpdate", "FindOneAndDelete", "FindOneAndReplace"} {
			Sinks[recv+name] = filterArg(Write, 1)
		}
	}
}

// addRedis adds github.com/redis/go-redis/v9 keyed commands: the key is the
// filter.
func addRedis() {
	const pkg = "github.com/redis/go-redis/v9"
	// *Client's commands are promoted from the embedded func type cmdable.
	for _, recv := range []string{"(*" + pkg + ".Client).", "(" + pkg + ".Cmdable).", "(" + pkg + ".cmdable)."} {
		for _, name := range []string{"Get", "HGet", "HGetAll", "HMGet", "LRange", "SMembers"} {
			Sinks[recv+name] = filterArg(Read, 1)
		}
		for _, name := range []string{"Set", "SetEx", "SetNX", "HSet", "HDel", "Expire", "LPush", "RPush", "SAdd", "SRem", "Incr", "GetDel"} {
			Sinks[recv+name] = filterArg(Write, 1)
		}
		Sinks[recv+"Del"] = filterFrom(Write, 1)
	}
}

// EntPrefix starts the keys of ent-generated builders, which live in the
// user's module and are keyed by kind: "entgo.io/ent:(*Query).Only".
const EntPrefix = "entgo.io/ent:"

func init() { addEnt() }

// addEnt adds the kinds of ent-generated builders: the client's Get and
// the terminal methods of queries and mutations are accesses; Where, the
// *OneID constructors and UpdateOne/DeleteOne of an entity select objects;
// methods returning their own builder pass the query on.
func addEnt() {
	k := func(kind, method string) string { return EntPrefix + "(*" + kind + ")." + method }
	Sinks[k("Client", "Get")] = filterArg(Read, 1)
	Sinks[k("Client", "GetX")] = filterArg(Read, 1)
	for _, m := range []string{"Only", "OnlyX", "First", "FirstX", "All", "AllX", "Count", "CountX",
		"Exist", "ExistX", "IDs", "IDsX", "OnlyID", "OnlyIDX", "FirstID", "FirstIDX"} {
		Sinks[k("Query", m)] = Sink{Op: Read, Query: None, Args: None, Named: None, FiltersFrom: None, Dest: None, Chain: true}
	}
	for _, kind := range []string{"UpdateOne", "Update", "DeleteOne", "Delete"} {
		for _, m := range []string{"Save", "SaveX", "Exec", "ExecX"} {
			Sinks[k(kind, m)] = Sink{Op: Write, Query: None, Args: None, Named: None, FiltersFrom: None, Dest: None, Chain: true}
		}
		Chains[k(kind, "Where")] = Chained{FiltersFrom: 0, Query: None, Args: None}
		Chains[k(kind, "passthrough")] = Chained{FiltersFrom: None, Query: None, Args: None}
	}
	Chains[k("Query", "Where")] = Chained{FiltersFrom: 0, Query: None, Args: None}
	Chains[k("Query", "passthrough")] = Chained{FiltersFrom: None, Query: None, Args: None}
	for _, m := range []string{"Query", "Update", "Delete"} {
		Chains[k("Client", m)] = Chained{FiltersFrom: None, Query: None, Args: None}
	}
	Chains[k("Client", "UpdateOneID")] = Chained{Filters: []int{0}, FiltersFrom: None, Query: None, Args: None}
	Chains[k("Client", "DeleteOneID")] = Chained{Filters: []int{0}, FiltersFrom: None, Query: None, Args: None}
	Chains[k("Client", "UpdateOne")] = Chained{Models: []int{0}, FiltersFrom: None, Query: None, Args: None}
	Chains[k("Client", "DeleteOne")] = Chained{Models: []int{0}, FiltersFrom: None, Query: None, Args: None}
}

// SingleFetches are the accesses that fetch one object and report its
// absence with an error (or, for gorm's Find into a struct, only with
// RowsAffected): the notfound rule follows that error. The value names the
// not-found error in messages.
var SingleFetches = map[string]string{}

// RowsAffectedOnly is the SingleFetches value of a fetch whose absence
// shows only in RowsAffected.
const RowsAffectedOnly = "RowsAffected"

// NotFoundErrors are the sentinels that report a missing object.
var NotFoundErrors = map[string]bool{
	"database/sql.ErrNoRows":                              true,
	"gorm.io/gorm.ErrRecordNotFound":                      true,
	"github.com/jackc/pgx/v5.ErrNoRows":                   true,
	"go.mongodb.org/mongo-driver/v2/mongo.ErrNoDocuments": true,
	"go.mongodb.org/mongo-driver/mongo.ErrNoDocuments":    true,
}

func init() { addSingles() }

func addSingles() {
	for _, recv := range []string{"*database/sql.DB", "*database/sql.Tx", "*database/sql.Conn", "*database/sql.Stmt"} {
		SingleFetches["("+recv+").QueryRow"] = "sql.ErrNoRows"
		SingleFetches["("+recv+").QueryRowContext"] = "sql.ErrNoRows"
	}
	for _, recv := range []string{"(*github.com/jmoiron/sqlx.DB).", "(*github.com/jmoiron/sqlx.Tx).", "github.com/jmoiron/sqlx."} {
		for _, m := range []string{"Get", "GetContext", "QueryRowx", "QueryRowxContext"} {
			SingleFetches[recv+m] = "sql.ErrNoRows"
		}
	}
	for _, m := range []string{"First", "Take", "Last"} {
		SingleFetches["(*gorm.io/gorm.DB)."+m] = "gorm.ErrRecordNotFound"
	}
	SingleFetches["(*gorm.io/gorm.DB).Find"] = RowsAffectedOnly
	for _, recv := range []string{"(*github.com/jackc/pgx/v5.Conn).", "(github.com/jackc/pgx/v5.Tx).",
		"(*github.com/jackc/pgx/v5/pgxpool.Pool).", "(*github.com/jackc/pgx/v5/pgxpool.Conn).", "(*github.com/jackc/pgx/v5/pgxpool.Tx)."} {
		SingleFetches[recv+"QueryRow"] = "pgx.ErrNoRows"
	}
	SingleFetches["(*go.mongodb.org/mongo-driver/v2/mongo.Collection).FindOne"] = "mongo.ErrNoDocuments"
	SingleFetches["(*go.mongodb.org/mongo-driver/mongo.Collection).FindOne"] = "mongo.ErrNoDocuments"
	for _, m := range []string{"Only", "OnlyX", "First", "FirstX"} {
		SingleFetches[EntPrefix+"(*Query)."+m] = "a *ent.NotFoundError"
	}
	SingleFetches[EntPrefix+"(*Client).Get"] = "a *ent.NotFoundError"
	SingleFetches[EntPrefix+"(*Client).GetX"] = "a *ent.NotFoundError"
}

// StatusArgs are the calls that set the response status, by the index of
// their status argument: a status of 300 or more is no success.
var StatusArgs = map[string]int{
	"net/http.Error":                                          2,
	"(net/http.ResponseWriter).WriteHeader":                   0,
	"(*github.com/gin-gonic/gin.Context).AbortWithStatus":     0,
	"(*github.com/gin-gonic/gin.Context).AbortWithStatusJSON": 0,
	"(*github.com/gin-gonic/gin.Context).AbortWithError":      0,
	"(*github.com/gin-gonic/gin.Context).Status":              0,
	"(*github.com/gin-gonic/gin.Context).JSON":                0,
	"(*github.com/gin-gonic/gin.Context).IndentedJSON":        0,
	"(*github.com/gin-gonic/gin.Context).String":              0,
	"(github.com/labstack/echo/v4.Context).NoContent":         0,
	"(github.com/labstack/echo/v4.Context).JSON":              0,
	"(github.com/labstack/echo/v4.Context).String":            0,
	"(*github.com/labstack/echo/v5.Context).NoContent":        0,
	"(*github.com/labstack/echo/v5.Context).JSON":             0,
	"(*github.com/gofiber/fiber/v2.Ctx).SendStatus":           0,
	"(*github.com/gofiber/fiber/v2.Ctx).Status":               0,
	"(github.com/gofiber/fiber/v3.Ctx).SendStatus":            0,
	"(github.com/gofiber/fiber/v3.Ctx).Status":                0,
}

// FailureResponses always answer an error.
var FailureResponses = map[string]bool{
	"net/http.NotFound": true,
	"net/http.Redirect": true,
}

func init() { addGormV1() }

// addGormV1 adds github.com/jinzhu/gorm, gorm before v2: the same builder
// and terminal methods.
func addGormV1() {
	const v2, v1 = "(*gorm.io/gorm.DB).", "(*github.com/jinzhu/gorm.DB)."
	for k, s := range Sinks {
		if name, ok := strings.CutPrefix(k, v2); ok {
			Sinks[v1+name] = s
		}
	}
	for k, c := range Chains {
		if name, ok := strings.CutPrefix(k, v2); ok {
			Chains[v1+name] = c
		}
	}
	for k, v := range SingleFetches {
		if name, ok := strings.CutPrefix(k, v2); ok {
			SingleFetches[v1+name] = v
		}
	}
	NotFoundErrors["github.com/jinzhu/gorm.ErrRecordNotFound"] = true
}
