// Package gorm is a minimal stub of gorm.io/gorm@v1.31.2 for analyzer tests.
//
// Dialector declares only the methods whose types are stubbed (the real one
// also has Migrator, DataTypeOf and DefaultValueOf); Config, Session and
// Statement declare only the fields whose types are stubbed.
package gorm

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"reflect"
	"strings"
	"sync"
	"time"

	"gorm.io/gorm/clause"
)

var (
	// ErrRecordNotFound record not found error
	ErrRecordNotFound = errors.New("record not found")
	// ErrInvalidTransaction invalid transaction when you are trying to `Commit` or `Rollback`
	ErrInvalidTransaction = errors.New("invalid transaction")
	// ErrNotImplemented not implemented
	ErrNotImplemented = errors.New("not implemented")
	// ErrMissingWhereClause missing where clause
	ErrMissingWhereClause = errors.New("WHERE conditions required")
	// ErrDuplicatedKey occurs when there is a unique key constraint violation
	ErrDuplicatedKey = errors.New("duplicated key not allowed")
)

// Config GORM config
type Config struct {
	SkipDefaultTransaction                   bool
	DefaultTransactionTimeout                time.Duration
	DefaultContextTimeout                    time.Duration
	FullSaveAssociations                     bool
	NowFunc                                  func() time.Time
	DryRun                                   bool
	PrepareStmt                              bool
	PrepareStmtMaxSize                       int
	PrepareStmtTTL                           time.Duration
	DisableAutomaticPing                     bool
	DisableForeignKeyConstraintWhenMigrating bool
	IgnoreRelationshipsWhenMigrating         bool
	DisableNestedTransaction                 bool
	AllowGlobalUpdate                        bool
	QueryFields                              bool
	CreateBatchSize                          int
	TranslateError                           bool
	PropagateUnscoped                        bool
	ClauseBuilders                           map[string]clause.ClauseBuilder
	ConnPool                                 ConnPool
	Dialector
	Plugins map[string]Plugin
}

// Apply update config to new config
func (c *Config) Apply(config *Config) error { panic("stub") }

// AfterInitialize initialize plugins after db connected
func (c *Config) AfterInitialize(db *DB) error { panic("stub") }

// Option gorm option interface
type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

// DB GORM DB definition
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
}

// Session session config when create session with Session() method
type Session struct {
	DryRun                   bool
	PrepareStmt              bool
	NewDB                    bool
	Initialized              bool
	SkipHooks                bool
	SkipDefaultTransaction   bool
	DisableNestedTransaction bool
	AllowGlobalUpdate        bool
	FullSaveAssociations     bool
	PropagateUnscoped        bool
	QueryFields              bool
	Context                  context.Context
	NowFunc                  func() time.Time
	CreateBatchSize          int
}

// Open initialize db session based on dialector
func Open(dialector Dialector, opts ...Option) (db *DB, err error) { panic("stub") }

// Expr returns clause.Expr, which can be used to pass SQL expression as params
func Expr(expr string, args ...interface{}) clause.Expr { panic("stub") }

// Dialector GORM database dialector
type Dialector interface {
	Name() string
	Initialize(*DB) error
	BindVarTo(writer clause.Writer, stmt *Statement, v interface{})
	QuoteTo(clause.Writer, string)
	Explain(sql string, vars ...interface{}) string
}

// Plugin GORM plugin interface
type Plugin interface {
	Name() string
	Initialize(*DB) error
}

// ConnPool db conns pool interface
type ConnPool interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...interface{}) *sql.Row
}

// TxCommitter tx committer
type TxCommitter interface {
	Commit() error
	Rollback() error
}

// Tx sql.Tx interface
type Tx interface {
	ConnPool
	TxCommitter
	StmtContext(ctx context.Context, stmt *sql.Stmt) *sql.Stmt
}

// Statement statement
type Statement struct {
	*DB
	TableExpr            *clause.Expr
	Table                string
	Model                interface{}
	Unscoped             bool
	Dest                 interface{}
	ReflectValue         reflect.Value
	Clauses              map[string]clause.Clause
	BuildClauses         []string
	Distinct             bool
	Selects              []string          // selected columns
	Omits                []string          // omit columns
	ColumnMapping        map[string]string // map columns
	Joins                []join
	Preloads             map[string][]interface{}
	Settings             sync.Map
	ConnPool             ConnPool
	Context              context.Context
	RaiseErrorOnNotFound bool
	SkipHooks            bool
	SQL                  strings.Builder
	Vars                 []interface{}
	CurDestIndex         int
}

type join struct {
	Name       string
	Alias      string
	Conds      []interface{}
	Selects    []string
	Omits      []string
	Expression clause.Expression
}

func (stmt *Statement) WriteString(str string) (int, error)              { panic("stub") }
func (stmt *Statement) WriteByte(c byte) error                           { panic("stub") }
func (stmt *Statement) WriteQuoted(value interface{})                    { panic("stub") }
func (stmt *Statement) QuoteTo(writer clause.Writer, field interface{})  { panic("stub") }
func (stmt *Statement) Quote(field interface{}) string                   { panic("stub") }
func (stmt *Statement) AddVar(writer clause.Writer, vars ...interface{}) { panic("stub") }
func (stmt *Statement) AddClause(v clause.Interface)                     { panic("stub") }
func (stmt *Statement) AddClauseIfNotExists(v clause.Interface)          { panic("stub") }
func (stmt *Statement) BuildCondition(query interface{}, args ...interface{}) []clause.Expression {
	panic("stub")
}
func (stmt *Statement) Build(clauses ...string)             { panic("stub") }
func (stmt *Statement) Parse(value interface{}) (err error) { panic("stub") }
func (stmt *Statement) SetColumn(name string, value interface{}, fromCallbacks ...bool) {
	panic("stub")
}
func (stmt *Statement) Changed(fields ...string) bool { panic("stub") }

// Model a basic GoLang struct which includes the following fields: ID, CreatedAt, UpdatedAt, DeletedAt
type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt `gorm:"index"`
}

// DeletedAt is the soft-delete marker.
type DeletedAt sql.NullTime

func (n *DeletedAt) Scan(value interface{}) error { panic("stub") }
func (n DeletedAt) Value() (driver.Value, error)  { panic("stub") }
func (n DeletedAt) MarshalJSON() ([]byte, error)  { panic("stub") }
func (n *DeletedAt) UnmarshalJSON(b []byte) error { panic("stub") }

// chainable API
func (db *DB) Model(value interface{}) (tx *DB)                       { panic("stub") }
func (db *DB) Clauses(conds ...clause.Expression) (tx *DB)            { panic("stub") }
func (db *DB) Table(name string, args ...interface{}) (tx *DB)        { panic("stub") }
func (db *DB) Distinct(args ...interface{}) (tx *DB)                  { panic("stub") }
func (db *DB) Select(query interface{}, args ...interface{}) (tx *DB) { panic("stub") }
func (db *DB) Omit(columns ...string) (tx *DB)                        { panic("stub") }
func (db *DB) MapColumns(m map[string]string) (tx *DB)                { panic("stub") }
func (db *DB) Where(query interface{}, args ...interface{}) (tx *DB)  { panic("stub") }
func (db *DB) Not(query interface{}, args ...interface{}) (tx *DB)    { panic("stub") }
func (db *DB) Or(query interface{}, args ...interface{}) (tx *DB)     { panic("stub") }
func (db *DB) Joins(query string, args ...interface{}) (tx *DB)       { panic("stub") }
func (db *DB) InnerJoins(query string, args ...interface{}) (tx *DB)  { panic("stub") }
func (db *DB) Group(name string) (tx *DB)                             { panic("stub") }
func (db *DB) Having(query interface{}, args ...interface{}) (tx *DB) { panic("stub") }
func (db *DB) Order(value interface{}) (tx *DB)                       { panic("stub") }
func (db *DB) Limit(limit int) (tx *DB)                               { panic("stub") }
func (db *DB) Offset(offset int) (tx *DB)                             { panic("stub") }
func (db *DB) Scopes(funcs ...func(*DB) *DB) (tx *DB)                 { panic("stub") }
func (db *DB) Preload(query string, args ...interface{}) (tx *DB)     { panic("stub") }
func (db *DB) Attrs(attrs ...interface{}) (tx *DB)                    { panic("stub") }
func (db *DB) Assign(attrs ...interface{}) (tx *DB)                   { panic("stub") }
func (db *DB) Unscoped() (tx *DB)                                     { panic("stub") }
func (db *DB) Raw(sql string, values ...interface{}) (tx *DB)         { panic("stub") }

// finisher API
func (db *DB) Create(value interface{}) (tx *DB)                         { panic("stub") }
func (db *DB) CreateInBatches(value interface{}, batchSize int) (tx *DB) { panic("stub") }
func (db *DB) Save(value interface{}) (tx *DB)                           { panic("stub") }
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB)     { panic("stub") }
func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB)      { panic("stub") }
func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB)      { panic("stub") }
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB)      { panic("stub") }
func (db *DB) FindInBatches(dest interface{}, batchSize int, fc func(tx *DB, batch int) error) *DB {
	panic("stub")
}
func (db *DB) FirstOrInit(dest interface{}, conds ...interface{}) (tx *DB)   { panic("stub") }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) (tx *DB) { panic("stub") }
func (db *DB) Update(column string, value interface{}) (tx *DB)              { panic("stub") }
func (db *DB) Updates(values interface{}) (tx *DB)                           { panic("stub") }
func (db *DB) UpdateColumn(column string, value interface{}) (tx *DB)        { panic("stub") }
func (db *DB) UpdateColumns(values interface{}) (tx *DB)                     { panic("stub") }
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB)       { panic("stub") }
func (db *DB) Count(count *int64) (tx *DB)                                   { panic("stub") }
func (db *DB) Row() *sql.Row                                                 { panic("stub") }
func (db *DB) Rows() (*sql.Rows, error)                                      { panic("stub") }
func (db *DB) Scan(dest interface{}) (tx *DB)                                { panic("stub") }
func (db *DB) Pluck(column string, dest interface{}) (tx *DB)                { panic("stub") }
func (db *DB) ScanRows(rows *sql.Rows, dest interface{}) error               { panic("stub") }
func (db *DB) Connection(fc func(tx *DB) error) (err error)                  { panic("stub") }
func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) {
	panic("stub")
}
func (db *DB) Begin(opts ...*sql.TxOptions) *DB                { panic("stub") }
func (db *DB) Commit() *DB                                     { panic("stub") }
func (db *DB) Rollback() *DB                                   { panic("stub") }
func (db *DB) SavePoint(name string) *DB                       { panic("stub") }
func (db *DB) RollbackTo(name string) *DB                      { panic("stub") }
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB) { panic("stub") }

// session API
func (db *DB) Session(config *Session) *DB                   { panic("stub") }
func (db *DB) WithContext(ctx context.Context) *DB           { panic("stub") }
func (db *DB) Debug() (tx *DB)                               { panic("stub") }
func (db *DB) Set(key string, value interface{}) *DB         { panic("stub") }
func (db *DB) Get(key string) (interface{}, bool)            { panic("stub") }
func (db *DB) InstanceSet(key string, value interface{}) *DB { panic("stub") }
func (db *DB) InstanceGet(key string) (interface{}, bool)    { panic("stub") }
func (db *DB) AddError(err error) error                      { panic("stub") }
func (db *DB) DB() (*sql.DB, error)                          { panic("stub") }
func (db *DB) Use(plugin Plugin) error                       { panic("stub") }
func (db *DB) ToSQL(queryFn func(tx *DB) *DB) string         { panic("stub") }
