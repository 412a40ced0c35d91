package sqltext

import "strings"

// Op says whether a statement reads or changes rows.
type Op int

const (
	OpUnknown Op = iota // not a statement the package models
	OpRead              // SELECT, VALUES, TABLE, SHOW, EXPLAIN
	OpWrite             // INSERT, UPDATE, DELETE, MERGE, REPLACE, UPSERT, TRUNCATE
)

func (o Op) String() string {
	switch o {
	case OpRead:
		return "read"
	case OpWrite:
		return "write"
	}
	return "unknown"
}

// join combines the ops of two parts of one text: a write anywhere (in a
// CTE, in one statement of a batch) makes the whole text a write.
func (o Op) join(p Op) Op {
	switch {
	case o == OpWrite || p == OpWrite:
		return OpWrite
	case o == OpRead || p == OpRead:
		return OpRead
	}
	return OpUnknown
}

// Role says what a bind argument does in a statement.
type Role int

const (
	RoleUnknown Role = iota // no such placeholder, or its position says nothing
	RoleFilter              // constrains which rows the statement touches
	RoleValue               // is written, or only shapes the output
)

func (r Role) String() string {
	switch r {
	case RoleFilter:
		return "filter"
	case RoleValue:
		return "value"
	}
	return "unknown"
}

// stronger returns the role of a parameter that appears in positions of
// roles r and q: one use in a filter is enough to constrain the rows.
func (r Role) stronger(q Role) Role {
	switch {
	case r == RoleFilter || q == RoleFilter:
		return RoleFilter
	case r == RoleValue || q == RoleValue:
		return RoleValue
	}
	return RoleUnknown
}

// A Statement is what Parse learned about a SQL text.
// The zero Statement knows nothing: OpUnknown and no placeholders.
type Statement struct {
	op    Op
	args  []Role          // role of each positional bind argument, by index
	named map[string]Role // role of each named parameter, by bare name
}

// Parse reads one SQL statement or a ;-separated batch. Parse never fails:
// text it cannot make sense of yields OpUnknown and RoleUnknown roles.
func Parse(sql string) Statement {
	w := newWalker(sql)
	w.run()
	return w.statement()
}

// Op reports whether the text reads or writes rows. A batch or a statement
// with CTEs is a write if any part writes, and EXPLAIN of a write counts as
// a write because EXPLAIN ANALYZE executes it.
func (s Statement) Op() Op { return s.op }

// ArgRole returns the role of bind argument i, 0-based as passed after the
// query string. With $n placeholders it is the role of $(i+1), a filter if
// any use of $(i+1) is one; with ? placeholders it is the role of the i-th ?
// in text order. It is RoleUnknown when the text has no such placeholder.
func (s Statement) ArgRole(i int) Role {
	if i < 0 || i >= len(s.args) {
		return RoleUnknown
	}
	return s.args[i]
}

// NamedRole returns the role of a named parameter: :name as sqlx and
// SQLite spell it, @name as pgx.NamedArgs and sql.Named with SQL Server do,
// or SQLite's $name. The name may be given with or without its prefix; it
// is matched exactly. A filter use wins over a value use.
func (s Statement) NamedRole(name string) Role {
	if name != "" && strings.IndexByte(":@$", name[0]) >= 0 {
		name = name[1:]
	}
	return s.named[name]
}

// NumArgs returns how many positional bind arguments the text expects:
// the highest n of its $n placeholders, or else the number of ?s.
func (s Statement) NumArgs() int { return len(s.args) }
