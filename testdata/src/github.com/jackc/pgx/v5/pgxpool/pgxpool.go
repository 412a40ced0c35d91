// Package pgxpool is a minimal stub of github.com/jackc/pgx/v5/pgxpool@v5.13.0 for analyzer tests.
package pgxpool

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Pool allows for connection reuse.
type Pool struct{}

// Config is the configuration struct for creating a pool.
type Config struct {
	ConnConfig *pgx.ConnConfig

	BeforeConnect func(context.Context, *pgx.ConnConfig) error
	AfterConnect  func(context.Context, *pgx.Conn) error
	BeforeAcquire func(context.Context, *pgx.Conn) bool
	PrepareConn   func(context.Context, *pgx.Conn) (bool, error)
	AfterRelease  func(*pgx.Conn) bool
	BeforeClose   func(*pgx.Conn)
	ShouldPing    func(context.Context, ShouldPingParams) bool

	MaxConnLifetime       time.Duration
	MaxConnLifetimeJitter time.Duration
	MaxConnIdleTime       time.Duration
	PingTimeout           time.Duration
	MaxConns              int32
	MinConns              int32
	MinIdleConns          int32
	HealthCheckPeriod     time.Duration
}

// ShouldPingParams are the parameters passed to ShouldPing.
type ShouldPingParams struct {
	Conn         *pgx.Conn
	IdleDuration time.Duration
}

// Copy returns a deep copy of the config that is safe to use and modify.
func (c *Config) Copy() *Config { panic("stub") }

// ConnString returns the connection string as parsed by pgxpool.ParseConfig into pgxpool.Config.
func (c *Config) ConnString() string { panic("stub") }

// New creates a new Pool.
func New(ctx context.Context, connString string) (*Pool, error) { panic("stub") }

// NewWithConfig creates a new Pool.
func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) { panic("stub") }

// ParseConfig builds a Config from connString.
func ParseConfig(connString string) (*Config, error) { panic("stub") }

func (p *Pool) Close()                                                     { panic("stub") }
func (p *Pool) Acquire(ctx context.Context) (c *Conn, err error)           { panic("stub") }
func (p *Pool) AcquireFunc(ctx context.Context, f func(*Conn) error) error { panic("stub") }
func (p *Pool) Reset()                                                     { panic("stub") }
func (p *Pool) Config() *Config                                            { panic("stub") }
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (p *Pool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) { panic("stub") }
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row        { panic("stub") }
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults         { panic("stub") }
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error)                            { panic("stub") }
func (p *Pool) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) { panic("stub") }
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	panic("stub")
}
func (p *Pool) Ping(ctx context.Context) error { panic("stub") }

// Conn is an acquired *pgx.Conn from a Pool.
type Conn struct{}

func (c *Conn) Release()          { panic("stub") }
func (c *Conn) Hijack() *pgx.Conn { panic("stub") }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) { panic("stub") }
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row        { panic("stub") }
func (c *Conn) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults         { panic("stub") }
func (c *Conn) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	panic("stub")
}
func (c *Conn) Begin(ctx context.Context) (pgx.Tx, error)                            { panic("stub") }
func (c *Conn) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) { panic("stub") }
func (c *Conn) Ping(ctx context.Context) error                                       { panic("stub") }
func (c *Conn) Conn() *pgx.Conn                                                      { panic("stub") }

// Tx represents a database transaction acquired from a Pool.
type Tx struct{}

func (tx *Tx) Begin(ctx context.Context) (pgx.Tx, error) { panic("stub") }
func (tx *Tx) Commit(ctx context.Context) error          { panic("stub") }
func (tx *Tx) Rollback(ctx context.Context) error        { panic("stub") }
func (tx *Tx) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	panic("stub")
}
func (tx *Tx) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { panic("stub") }
func (tx *Tx) LargeObjects() pgx.LargeObjects                               { panic("stub") }
func (tx *Tx) Prepare(ctx context.Context, name, sql string) (*pgconn.StatementDescription, error) {
	panic("stub")
}
func (tx *Tx) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	panic("stub")
}
func (tx *Tx) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) { panic("stub") }
func (tx *Tx) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row        { panic("stub") }
func (tx *Tx) Conn() *pgx.Conn                                                      { panic("stub") }
