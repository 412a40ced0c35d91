package store

// schema is idempotent so Open can be pointed at an existing file database.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS users (
		id TEXT PRIMARY KEY
	)`,
	`CREATE TABLE IF NOT EXISTS profiles (
		user_id      TEXT PRIMARY KEY REFERENCES users(id),
		display_name TEXT NOT NULL,
		email        TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS items (
		id       INTEGER PRIMARY KEY,
		owner_id TEXT NOT NULL REFERENCES users(id),
		name     TEXT NOT NULL
	)`,
	`CREATE INDEX IF NOT EXISTS items_owner_id ON items(owner_id)`,
}

// seed uses fixed ids and INSERT OR IGNORE so reopening a file database
// neither duplicates rows nor fails. Item ids interleave owners so that
// "the next id" is usually somebody else's object, which is what a BOLA
// probe tries first.
var seed = []string{
	`INSERT OR IGNORE INTO users (id) VALUES ('alice'), ('bob')`,
	`INSERT OR IGNORE INTO profiles (user_id, display_name, email) VALUES
		('alice', 'Alice Liddell', 'alice@example.com'),
		('bob', 'Bob Builder', 'bob@example.com')`,
	`INSERT OR IGNORE INTO items (id, owner_id, name) VALUES
		(1, 'alice', 'notebook'),
		(2, 'bob', 'hammer'),
		(3, 'alice', 'teapot'),
		(4, 'bob', 'ladder'),
		(5, 'alice', 'pocket watch')`,
}
