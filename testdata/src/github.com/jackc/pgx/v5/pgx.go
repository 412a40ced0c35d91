// Package pgx is a minimal stub of github.com/jackc/pgx/v5@v5.13.0 for analyzer tests.
package pgx

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

var (
	// ErrNoRows occurs when rows are expected but none are returned.
	ErrNoRows = newProxyErr(sql.ErrNoRows, "no rows in result set")
	// ErrTooManyRows occurs when more rows than expected are returned.
	ErrTooManyRows = errors.New("too many rows in result set")
)

func newProxyErr(background error, msg string) error {
	return &proxyError{msg: msg, background: background}
}

type proxyError struct {
	msg        string
	background error
}

func (err *proxyError) Error() string { return err.msg }
func (err *proxyError) Unwrap() error { return err.background }

// ErrTxClosed is returned when a closed transaction is used.
var ErrTxClosed = errors.New("tx is closed")

// ConnConfig contains all the options used to establish a connection.
type ConnConfig struct{}

// Conn is a PostgreSQL connection handle.
type Conn struct{}

// Identifier a PostgreSQL identifier or name.
type Identifier []string

// Sanitize returns a sanitized string safe for SQL interpolation.
func (ident Identifier) Sanitize() string { panic("stub") }

// Connect establishes a connection with a PostgreSQL server with a connection string.
func Connect(ctx context.Context, connString string) (*Conn, error) { panic("stub") }

// ConnectConfig establishes a connection with a PostgreSQL server with a configuration struct.
func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) { panic("stub") }

// ParseConfig creates a ConnConfig from a connection string.
func ParseConfig(connString string) (*ConnConfig, error) { panic("stub") }

func (c *Conn) Close(ctx context.Context) error { panic("stub") }
func (c *Conn) Prepare(ctx context.Context, name, sql string) (sd *pgconn.StatementDescription, err error) {
	panic("stub")
}
func (c *Conn) IsClosed() bool                 { panic("stub") }
func (c *Conn) Ping(ctx context.Context) error { panic("stub") }
func (c *Conn) PgConn() *pgconn.PgConn         { panic("stub") }
func (c *Conn) Config() *ConnConfig            { panic("stub") }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { panic("stub") }
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row        { panic("stub") }
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults             { panic("stub") }
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	panic("stub")
}
func (c *Conn) Begin(ctx context.Context) (Tx, error)                        { panic("stub") }
func (c *Conn) BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error) { panic("stub") }

// NamedArgs can be used as the first argument to a query method.
type NamedArgs map[string]any

// StrictNamedArgs can be used in the same way as NamedArgs, but provided arguments are also checked.
type StrictNamedArgs map[string]any

// Rows is the result set returned from *Conn.Query.
type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgconn.FieldDescription
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
	Conn() *Conn
	TypeMap() *pgtype.Map
}

// Row is a convenience wrapper over Rows that is returned by QueryRow.
type Row interface {
	Scan(dest ...any) error
}

// CollectableRow is the subset of Rows methods that a RowToFunc is allowed to call.
type CollectableRow interface {
	FieldDescriptions() []pgconn.FieldDescription
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
}

// RowToFunc is a function that scans or otherwise converts row to a T.
type RowToFunc[T any] func(row CollectableRow) (T, error)

// ForEachRow iterates through rows.
func ForEachRow(rows Rows, scans []any, fn func() error) (pgconn.CommandTag, error) {
	panic("stub")
}

// AppendRows iterates through rows, calling fn for each row, and appending the results into a slice of T.
func AppendRows[T any, S ~[]T](slice S, rows Rows, fn RowToFunc[T]) (S, error) { panic("stub") }

// CollectRows iterates through rows, calling fn for each row, and collecting the results into a slice of T.
func CollectRows[T any](rows Rows, fn RowToFunc[T]) ([]T, error) { panic("stub") }

// CollectOneRow calls fn for the first row in rows and returns the result.
func CollectOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) { panic("stub") }

// CollectExactlyOneRow calls fn for the first row in rows and returns the result.
func CollectExactlyOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) { panic("stub") }

func RowTo[T any](row CollectableRow) (T, error)                       { panic("stub") }
func RowToAddrOf[T any](row CollectableRow) (*T, error)                { panic("stub") }
func RowToMap(row CollectableRow) (map[string]any, error)              { panic("stub") }
func RowToStructByPos[T any](row CollectableRow) (T, error)            { panic("stub") }
func RowToAddrOfStructByPos[T any](row CollectableRow) (*T, error)     { panic("stub") }
func RowToStructByName[T any](row CollectableRow) (T, error)           { panic("stub") }
func RowToAddrOfStructByName[T any](row CollectableRow) (*T, error)    { panic("stub") }
func RowToStructByNameLax[T any](row CollectableRow) (T, error)        { panic("stub") }
func RowToAddrOfStructByNameLax[T any](row CollectableRow) (*T, error) { panic("stub") }

// CopyFromSource is the interface used by *Conn.CopyFrom as the source for copy data.
type CopyFromSource interface {
	Next() bool
	Values() ([]any, error)
	Err() error
}

// TxIsoLevel is the transaction isolation level.
type TxIsoLevel string

const (
	Serializable    TxIsoLevel = "serializable"
	RepeatableRead  TxIsoLevel = "repeatable read"
	ReadCommitted   TxIsoLevel = "read committed"
	ReadUncommitted TxIsoLevel = "read uncommitted"
)

// TxAccessMode is the transaction access mode.
type TxAccessMode string

const (
	ReadWrite TxAccessMode = "read write"
	ReadOnly  TxAccessMode = "read only"
)

// TxDeferrableMode is the transaction deferrable mode.
type TxDeferrableMode string

const (
	Deferrable    TxDeferrableMode = "deferrable"
	NotDeferrable TxDeferrableMode = "not deferrable"
)

// TxOptions are transaction modes within a transaction block
type TxOptions struct {
	IsoLevel       TxIsoLevel
	AccessMode     TxAccessMode
	DeferrableMode TxDeferrableMode
	BeginQuery     string
	CommitQuery    string
}

// Tx represents a database transaction.
type Tx interface {
	Begin(ctx context.Context) (Tx, error)
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
	CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	LargeObjects() LargeObjects
	Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error)
	Exec(ctx context.Context, sql string, arguments ...any) (commandTag pgconn.CommandTag, err error)
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
	Conn() *Conn
}

// BeginFunc calls Begin on db and then calls fn.
func BeginFunc(
	ctx context.Context,
	db interface {
		Begin(ctx context.Context) (Tx, error)
	},
	fn func(Tx) error,
) (err error) {
	panic("stub")
}

// LargeObjects is a structure used to access the large objects API.
type LargeObjects struct {
	tx Tx
}

// QueuedQuery is a query that has been queued for execution via a Batch.
type QueuedQuery struct {
	SQL       string
	Arguments []any
}

func (qq *QueuedQuery) Query(fn func(rows Rows) error)           { panic("stub") }
func (qq *QueuedQuery) QueryRow(fn func(row Row) error)          { panic("stub") }
func (qq *QueuedQuery) Exec(fn func(ct pgconn.CommandTag) error) { panic("stub") }

// Batch queries are a way of bundling multiple queries together.
type Batch struct {
	QueuedQueries []*QueuedQuery
}

func (b *Batch) Queue(query string, arguments ...any) *QueuedQuery { panic("stub") }
func (b *Batch) Len() int                                          { panic("stub") }

// BatchResults is the results of a batch.
type BatchResults interface {
	Exec() (pgconn.CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
	Tx() Tx
}
