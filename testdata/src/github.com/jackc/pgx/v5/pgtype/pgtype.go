// Package pgtype is a minimal stub of github.com/jackc/pgx/v5/pgtype@v5.13.0 for analyzer tests.
package pgtype

// Map is the mapping between PostgreSQL server types and Go type handling logic.
type Map struct{}
