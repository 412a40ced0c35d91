// Package sqlx is a minimal stub of github.com/jmoiron/sqlx@v1.4.0 for analyzer tests.
//
// The exported Mapper fields (*reflectx.Mapper) are left out.
package sqlx

import (
	"context"
	"database/sql"
)

// Bindvar types supported by Rebind, BindMap and BindStruct.
const (
	UNKNOWN = iota
	QUESTION
	DOLLAR
	NAMED
	AT
)

// NameMapper is used to map column names to struct field names.
var NameMapper = func(s string) string { return s }

// BindType returns the bindtype for a given database given a drivername.
func BindType(driverName string) int { panic("stub") }

// BindDriver sets the BindType for driverName to bindType.
func BindDriver(driverName string, bindType int) { panic("stub") }

// Rebind a query from the default bindtype (QUESTION) to the target bindtype.
func Rebind(bindType int, query string) string { panic("stub") }

// In expands slice values in args, returning the modified query string
// and a new arg list that can be executed by a database.
func In(query string, args ...interface{}) (string, []interface{}, error) { panic("stub") }

// ColScanner is an interface used by MapScan and SliceScan
type ColScanner interface {
	Columns() ([]string, error)
	Scan(dest ...interface{}) error
	Err() error
}

// Queryer is an interface used by Get and Select
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

// Execer is an interface used by MustExec and LoadFile
type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

type binder interface {
	DriverName() string
	Rebind(string) string
	BindNamed(string, interface{}) (string, []interface{}, error)
}

// Ext is a union interface which can bind, query, and exec, used by
// NamedQuery and NamedExec.
type Ext interface {
	binder
	Queryer
	Execer
}

// Preparer is an interface used by Preparex.
type Preparer interface {
	Prepare(query string) (*sql.Stmt, error)
}

// QueryerContext is an interface used by GetContext and SelectContext
type QueryerContext interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
	QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error)
	QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row
}

// PreparerContext is an interface used by PreparexContext.
type PreparerContext interface {
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// ExecerContext is an interface used by MustExecContext and LoadFileContext
type ExecerContext interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

// ExtContext is a union interface which can bind, query, and exec, with Context
// used by NamedQueryContext and NamedExecContext.
type ExtContext interface {
	binder
	QueryerContext
	ExecerContext
}

// Row is a reimplementation of sql.Row in order to gain access to the underlying
// sql.Rows.Columns() data, necessary for StructScan.
type Row struct{}

func (r *Row) Scan(dest ...interface{}) error            { panic("stub") }
func (r *Row) Columns() ([]string, error)                { panic("stub") }
func (r *Row) ColumnTypes() ([]*sql.ColumnType, error)   { panic("stub") }
func (r *Row) Err() error                                { panic("stub") }
func (r *Row) SliceScan() ([]interface{}, error)         { panic("stub") }
func (r *Row) MapScan(dest map[string]interface{}) error { panic("stub") }
func (r *Row) StructScan(dest interface{}) error         { panic("stub") }

// DB is a wrapper around sql.DB which keeps track of the driverName upon Open,
// used mostly to automatically bind named queries using the right bindvars.
type DB struct {
	*sql.DB
}

// NewDb returns a new sqlx DB wrapper for a pre-existing *sql.DB.
func NewDb(db *sql.DB, driverName string) *DB { panic("stub") }

// Open is the same as sql.Open, but returns an *sqlx.DB instead.
func Open(driverName, dataSourceName string) (*DB, error) { panic("stub") }

// MustOpen is the same as sql.Open, but returns an *sqlx.DB instead and panics on error.
func MustOpen(driverName, dataSourceName string) *DB { panic("stub") }

// Connect to a database and verify with a ping.
func Connect(driverName, dataSourceName string) (*DB, error) { panic("stub") }

// ConnectContext to a database and verify with a ping.
func ConnectContext(ctx context.Context, driverName, dataSourceName string) (*DB, error) {
	panic("stub")
}

// MustConnect connects to a database and panics on error.
func MustConnect(driverName, dataSourceName string) *DB { panic("stub") }

func (db *DB) DriverName() string                { panic("stub") }
func (db *DB) MapperFunc(mf func(string) string) { panic("stub") }
func (db *DB) Rebind(query string) string        { panic("stub") }
func (db *DB) Unsafe() *DB                       { panic("stub") }
func (db *DB) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	panic("stub")
}
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error)          { panic("stub") }
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error)      { panic("stub") }
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { panic("stub") }
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error    { panic("stub") }
func (db *DB) MustBegin() *Tx                                                   { panic("stub") }
func (db *DB) Beginx() (*Tx, error)                                             { panic("stub") }
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error)          { panic("stub") }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row                 { panic("stub") }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result            { panic("stub") }
func (db *DB) Preparex(query string) (*Stmt, error)                             { panic("stub") }
func (db *DB) PrepareNamed(query string) (*NamedStmt, error)                    { panic("stub") }
func (db *DB) PrepareNamedContext(ctx context.Context, query string) (*NamedStmt, error) {
	panic("stub")
}
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	panic("stub")
}
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (db *DB) PreparexContext(ctx context.Context, query string) (*Stmt, error) { panic("stub") }
func (db *DB) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	panic("stub")
}
func (db *DB) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	panic("stub")
}
func (db *DB) MustBeginTx(ctx context.Context, opts *sql.TxOptions) *Tx { panic("stub") }
func (db *DB) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	panic("stub")
}
func (db *DB) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { panic("stub") }
func (db *DB) Connx(ctx context.Context) (*Conn, error)                       { panic("stub") }

// Conn is a wrapper around sql.Conn with extra functionality
type Conn struct {
	*sql.Conn
}

func (c *Conn) BeginTxx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) { panic("stub") }
func (c *Conn) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (c *Conn) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (c *Conn) PreparexContext(ctx context.Context, query string) (*Stmt, error) { panic("stub") }
func (c *Conn) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	panic("stub")
}
func (c *Conn) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	panic("stub")
}
func (c *Conn) Rebind(query string) string { panic("stub") }

// Tx is an sqlx wrapper around sql.Tx with extra functionality
type Tx struct {
	*sql.Tx
}

func (tx *Tx) DriverName() string         { panic("stub") }
func (tx *Tx) Rebind(query string) string { panic("stub") }
func (tx *Tx) Unsafe() *Tx                { panic("stub") }
func (tx *Tx) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	panic("stub")
}
func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error)          { panic("stub") }
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error)      { panic("stub") }
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { panic("stub") }
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error)          { panic("stub") }
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row                 { panic("stub") }
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error    { panic("stub") }
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result            { panic("stub") }
func (tx *Tx) Preparex(query string) (*Stmt, error)                             { panic("stub") }
func (tx *Tx) Stmtx(stmt interface{}) *Stmt                                     { panic("stub") }
func (tx *Tx) NamedStmt(stmt *NamedStmt) *NamedStmt                             { panic("stub") }
func (tx *Tx) PrepareNamed(query string) (*NamedStmt, error)                    { panic("stub") }
func (tx *Tx) StmtxContext(ctx context.Context, stmt interface{}) *Stmt         { panic("stub") }
func (tx *Tx) NamedStmtContext(ctx context.Context, stmt *NamedStmt) *NamedStmt {
	panic("stub")
}
func (tx *Tx) PreparexContext(ctx context.Context, query string) (*Stmt, error) { panic("stub") }
func (tx *Tx) PrepareNamedContext(ctx context.Context, query string) (*NamedStmt, error) {
	panic("stub")
}
func (tx *Tx) MustExecContext(ctx context.Context, query string, args ...interface{}) sql.Result {
	panic("stub")
}
func (tx *Tx) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	panic("stub")
}
func (tx *Tx) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (tx *Tx) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}
func (tx *Tx) QueryRowxContext(ctx context.Context, query string, args ...interface{}) *Row {
	panic("stub")
}
func (tx *Tx) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}

// Stmt is an sqlx wrapper around sql.Stmt with extra functionality
type Stmt struct {
	*sql.Stmt
}

func (s *Stmt) Unsafe() *Stmt                                      { panic("stub") }
func (s *Stmt) Select(dest interface{}, args ...interface{}) error { panic("stub") }
func (s *Stmt) Get(dest interface{}, args ...interface{}) error    { panic("stub") }
func (s *Stmt) MustExec(args ...interface{}) sql.Result            { panic("stub") }
func (s *Stmt) QueryRowx(args ...interface{}) *Row                 { panic("stub") }
func (s *Stmt) Queryx(args ...interface{}) (*Rows, error)          { panic("stub") }
func (s *Stmt) SelectContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	panic("stub")
}
func (s *Stmt) GetContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	panic("stub")
}
func (s *Stmt) MustExecContext(ctx context.Context, args ...interface{}) sql.Result { panic("stub") }
func (s *Stmt) QueryRowxContext(ctx context.Context, args ...interface{}) *Row      { panic("stub") }
func (s *Stmt) QueryxContext(ctx context.Context, args ...interface{}) (*Rows, error) {
	panic("stub")
}

// Rows is a wrapper around sql.Rows which caches costly reflect operations
// during a looped StructScan
type Rows struct {
	*sql.Rows
}

func (r *Rows) SliceScan() ([]interface{}, error)         { panic("stub") }
func (r *Rows) MapScan(dest map[string]interface{}) error { panic("stub") }
func (r *Rows) StructScan(dest interface{}) error         { panic("stub") }

// NamedStmt is a prepared statement that executes named queries.
type NamedStmt struct {
	Params      []string
	QueryString string
	Stmt        *Stmt
}

func (n *NamedStmt) Close() error                                   { panic("stub") }
func (n *NamedStmt) Exec(arg interface{}) (sql.Result, error)       { panic("stub") }
func (n *NamedStmt) Query(arg interface{}) (*sql.Rows, error)       { panic("stub") }
func (n *NamedStmt) QueryRow(arg interface{}) *Row                  { panic("stub") }
func (n *NamedStmt) MustExec(arg interface{}) sql.Result            { panic("stub") }
func (n *NamedStmt) Queryx(arg interface{}) (*Rows, error)          { panic("stub") }
func (n *NamedStmt) QueryRowx(arg interface{}) *Row                 { panic("stub") }
func (n *NamedStmt) Select(dest interface{}, arg interface{}) error { panic("stub") }
func (n *NamedStmt) Get(dest interface{}, arg interface{}) error    { panic("stub") }
func (n *NamedStmt) Unsafe() *NamedStmt                             { panic("stub") }
func (n *NamedStmt) ExecContext(ctx context.Context, arg interface{}) (sql.Result, error) {
	panic("stub")
}
func (n *NamedStmt) QueryContext(ctx context.Context, arg interface{}) (*sql.Rows, error) {
	panic("stub")
}
func (n *NamedStmt) QueryRowContext(ctx context.Context, arg interface{}) *Row       { panic("stub") }
func (n *NamedStmt) MustExecContext(ctx context.Context, arg interface{}) sql.Result { panic("stub") }
func (n *NamedStmt) QueryxContext(ctx context.Context, arg interface{}) (*Rows, error) {
	panic("stub")
}
func (n *NamedStmt) QueryRowxContext(ctx context.Context, arg interface{}) *Row { panic("stub") }
func (n *NamedStmt) SelectContext(ctx context.Context, dest interface{}, arg interface{}) error {
	panic("stub")
}
func (n *NamedStmt) GetContext(ctx context.Context, dest interface{}, arg interface{}) error {
	panic("stub")
}

// BindNamed binds a struct or a map to a query with named parameters.
func BindNamed(bindType int, query string, arg interface{}) (string, []interface{}, error) {
	panic("stub")
}

// Named takes a query using named parameters and an argument and
// returns a new query with a list of args that can be executed by a database.
func Named(query string, arg interface{}) (string, []interface{}, error) { panic("stub") }

// NamedQuery binds a named query and then runs Query on the result using the
// provided Ext (sqlx.Tx, sqlx.Db).
func NamedQuery(e Ext, query string, arg interface{}) (*Rows, error) { panic("stub") }

// NamedExec uses BindStruct to get a query executable by the driver and
// then runs Exec on the result.
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error) { panic("stub") }

// NamedQueryContext binds a named query and then runs Query on the result using the
// provided Ext (sqlx.Tx, sqlx.Db).
func NamedQueryContext(ctx context.Context, e ExtContext, query string, arg interface{}) (*Rows, error) {
	panic("stub")
}

// NamedExecContext uses BindStruct to get a query executable by the driver and
// then runs Exec on the result.
func NamedExecContext(ctx context.Context, e ExtContext, query string, arg interface{}) (sql.Result, error) {
	panic("stub")
}

// Preparex prepares a statement.
func Preparex(p Preparer, query string) (*Stmt, error) { panic("stub") }

// PreparexContext prepares a statement.
func PreparexContext(ctx context.Context, p PreparerContext, query string) (*Stmt, error) {
	panic("stub")
}

// Select executes a query using the provided Queryer, and StructScans each row
// into dest, which must be a slice.
func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { panic("stub") }

// Get does a QueryRow using the provided Queryer, and scans the resulting row
// to dest.
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error { panic("stub") }

// SelectContext executes a query using the provided Queryer, and StructScans
// each row into dest, which must be a slice.
func SelectContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}

// GetContext does a QueryRow using the provided Queryer, and scans the
// resulting row to dest.
func GetContext(ctx context.Context, q QueryerContext, dest interface{}, query string, args ...interface{}) error {
	panic("stub")
}

// MustExec execs the query using e and panics if there was an error.
func MustExec(e Execer, query string, args ...interface{}) sql.Result { panic("stub") }

// MustExecContext execs the query using e and panics if there was an error.
func MustExecContext(ctx context.Context, e ExecerContext, query string, args ...interface{}) sql.Result {
	panic("stub")
}

// SliceScan a row, returning a []interface{} with values similar to MapScan.
func SliceScan(r ColScanner) ([]interface{}, error) { panic("stub") }

// MapScan scans a single Row into the dest map[string]interface{}.
func MapScan(r ColScanner, dest map[string]interface{}) error { panic("stub") }

type rowsi interface {
	Close() error
	Columns() ([]string, error)
	Err() error
	Next() bool
	Scan(...interface{}) error
}

// StructScan all rows from an sql.Rows or an sqlx.Rows into the dest slice.
func StructScan(rows rowsi, dest interface{}) error { panic("stub") }
