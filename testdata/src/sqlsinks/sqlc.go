package sqlsinks

// An sqlc-style query layer: a Queries type over a DBTX interface that
// *sql.DB and *sql.Tx satisfy. The queries are in the scenario files.

import (
	"context"
	"database/sql"
)

type dbtx interface {
	ExecContext(context.Context, string, ...interface{}) (sql.Result, error)
	PrepareContext(context.Context, string) (*sql.Stmt, error)
	QueryContext(context.Context, string, ...interface{}) (*sql.Rows, error)
	QueryRowContext(context.Context, string, ...interface{}) *sql.Row
}

func newQueries(db dbtx) *queries {
	return &queries{db: db}
}

type queries struct {
	db dbtx
}
