// Package store opens the reference service's SQLite database, creating its
// schema and demo data.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	// Pure-Go SQLite, so the service builds and runs without cgo.
	_ "modernc.org/sqlite"
)

// DefaultDSN is a private in-memory database: each Open gets its own, so
// parallel tests never see each other's rows.
const DefaultDSN = ":memory:"

// Open connects to the SQLite database at dsn ("" means DefaultDSN), and
// makes sure the schema and the seed users, profiles and items exist.
func Open(dsn string) (*sql.DB, error) {
	if dsn == "" {
		dsn = DefaultDSN
	}
	db, err := sql.Open("sqlite", withForeignKeys(dsn))
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	// An in-memory database lives and dies with its connection, and SQLite
	// takes one writer at a time anyway: a single long-lived connection keeps
	// the data and avoids SQLITE_BUSY.
	db.SetMaxOpenConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)

	if err := setup(context.Background(), db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func setup(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback() // no-op once committed

	for _, stmt := range slices.Concat(schema, seed) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("store: %q: %w", stmt, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// withForeignKeys adds the foreign_keys pragma to dsn. SQLite enables it per
// connection and ignores it inside a transaction, so the DSN, which the
// driver applies to every new connection, is the one place it reliably holds.
func withForeignKeys(dsn string) string {
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "_pragma=foreign_keys(1)"
}
