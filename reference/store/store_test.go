package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

func countRows(t *testing.T, db *sql.DB, table string) int {
	t.Helper()
	var n int
	// table comes from the test itself, never from input.
	if err := db.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOpenSeeds(t *testing.T) {
	db, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for table, want := range map[string]int{"users": 2, "profiles": 2, "items": 5} {
		if got := countRows(t, db, table); got != want {
			t.Errorf("%s: %d rows, want %d", table, got, want)
		}
	}
}

// TestInMemoryDatabasesAreSeparate matters because the API tests open one
// database per test and change nothing shared.
func TestInMemoryDatabasesAreSeparate(t *testing.T) {
	a, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	if _, err := a.ExecContext(context.Background(), "DELETE FROM items WHERE owner_id = ?", "alice"); err != nil {
		t.Fatal(err)
	}
	if got := countRows(t, a, "items"); got != 2 {
		t.Errorf("first database: %d items after delete, want 2", got)
	}
	if got := countRows(t, b, "items"); got != 5 {
		t.Errorf("second database: %d items, want 5 (untouched)", got)
	}
}

func TestReopenFileIsIdempotent(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "ref.db")
	for i := range 2 {
		db, err := Open(dsn)
		if err != nil {
			t.Fatalf("open #%d: %v", i+1, err)
		}
		got := countRows(t, db, "items")
		db.Close()
		if got != 5 {
			t.Errorf("open #%d: %d items, want 5", i+1, got)
		}
	}
}

func TestForeignKeysEnforced(t *testing.T) {
	db, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.ExecContext(context.Background(),
		"INSERT INTO items (owner_id, name) VALUES (?, ?)", "mallory", "orphan")
	if err == nil {
		t.Error("item for an unknown owner was accepted")
	}
}
