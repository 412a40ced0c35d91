package sqltext

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Short names keep the expected roles in the table readable.
const (
	F = RoleFilter
	V = RoleValue
	U = RoleUnknown
)

type parseTest struct {
	name  string
	sql   string
	op    Op
	args  []Role          // expected ArgRole(i) for every i < NumArgs()
	named map[string]Role // expected NamedRole(name)
}

var parseTests = []parseTest{
	// Clause tracking.
	{
		name: "select by id and owner",
		sql:  "SELECT id, body FROM notes WHERE id = $1 AND owner_id = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "update with question marks",
		sql:  "UPDATE notes SET body = ?, editor = ? WHERE id = ?",
		op:   OpWrite, args: []Role{V, V, F},
	},
	{
		name: "subquery in WHERE",
		sql:  "SELECT * FROM notes WHERE id IN (SELECT note_id FROM shares WHERE user_id = $2) AND id = $1",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "insert from select",
		sql:  "INSERT INTO t (a, b) SELECT $1, $2 FROM x WHERE y = $3",
		op:   OpWrite, args: []Role{V, V, F},
	},
	{
		name: "update returning",
		sql:  "UPDATE t SET a = $1 WHERE id = $2 RETURNING $3",
		op:   OpWrite, args: []Role{V, F, V},
	},
	{
		name: "delete using",
		sql:  "DELETE FROM t USING u WHERE t.id = u.id AND u.owner = $1",
		op:   OpWrite, args: []Role{F},
	},
	{
		name: "join on",
		sql:  "SELECT a.* FROM a JOIN b ON b.id = a.b_id AND b.owner = $2 WHERE a.id = $1",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "join using then where",
		sql:  "SELECT * FROM a LEFT OUTER JOIN b USING (id) WHERE b.owner = $1",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "CTE before update",
		sql:  "WITH mine AS (SELECT id FROM notes WHERE owner = $1) UPDATE notes SET body = $2 WHERE id IN (SELECT id FROM mine)",
		op:   OpWrite, args: []Role{F, V},
	},
	{
		name: "writing CTE under select",
		sql:  "WITH gone AS (DELETE FROM notes WHERE id = $1 RETURNING *) SELECT * FROM gone",
		op:   OpWrite, args: []Role{F},
	},
	{
		name: "recursive CTE",
		sql:  "WITH RECURSIVE up(id) AS (VALUES ($1::int) UNION ALL SELECT p.parent FROM folders p JOIN up ON p.id = up.id) SELECT * FROM up",
		op:   OpRead, args: []Role{V},
	},
	{
		name: "select for update is a read",
		sql:  "SELECT * FROM notes WHERE id = $1 FOR UPDATE",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "select for no key update skip locked",
		sql:  "SELECT id FROM jobs WHERE queue = $1 ORDER BY id LIMIT $2 FOR NO KEY UPDATE SKIP LOCKED",
		op:   OpRead, args: []Role{F, V},
	},
	{
		name: "on conflict do update",
		sql:  "INSERT INTO t (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = $2",
		op:   OpWrite, args: []Role{V, V},
	},
	{
		name: "on conflict do update where",
		sql:  "INSERT INTO notes (id, owner_id, body) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT notes_pkey DO UPDATE SET body = EXCLUDED.body WHERE notes.owner_id = $2",
		op:   OpWrite, args: []Role{V, F, V},
	},
	{
		name: "on conflict do nothing",
		sql:  "INSERT INTO t (id) VALUES ($1) ON CONFLICT DO NOTHING",
		op:   OpWrite, args: []Role{V},
	},
	{
		name: "case when in select list",
		sql:  "SELECT CASE WHEN owner_id = $2 THEN body ELSE '' END AS body FROM notes WHERE id = $1",
		op:   OpRead, args: []Role{F, V},
	},
	{
		name: "limit and offset",
		sql:  "SELECT * FROM notes WHERE owner_id = $1 ORDER BY created_at DESC LIMIT $2 OFFSET $3",
		op:   OpRead, args: []Role{F, V, V},
	},
	{
		name: "mysql limit pair",
		sql:  "SELECT * FROM notes WHERE owner_id = ? LIMIT ?, ?",
		op:   OpRead, args: []Role{F, V, V},
	},
	{
		name: "offset fetch first",
		sql:  "SELECT * FROM t WHERE owner = $1 OFFSET $2 ROWS FETCH FIRST $3 ROWS ONLY",
		op:   OpRead, args: []Role{F, V, V},
	},
	{
		name: "number in filter and value is a filter",
		sql:  "UPDATE notes SET editor = $1 WHERE owner_id = $1",
		op:   OpWrite, args: []Role{F},
	},
	{
		name: "gap in numbering",
		sql:  "SELECT * FROM notes WHERE id = $2",
		op:   OpRead, args: []Role{U, F},
	},
	{
		name: "having",
		sql:  "SELECT owner_id, count(*) FROM notes GROUP BY owner_id HAVING count(*) > $1",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "group by expression",
		sql:  "SELECT date_trunc($1, created) FROM notes WHERE owner = $2 GROUP BY date_trunc($1, created)",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "within group in having",
		sql:  "SELECT team FROM scores GROUP BY team HAVING percentile_cont(0.5) WITHIN GROUP (ORDER BY score) > $1",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "window and over",
		sql:  "SELECT sum(x) OVER (PARTITION BY owner ORDER BY $1) FROM t WHERE owner = $2",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "aggregate filter in select list",
		sql:  "SELECT count(*) FILTER (WHERE done = $1) FROM tasks WHERE owner = $2",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "union all",
		sql:  "SELECT id FROM a WHERE owner = $1 UNION ALL SELECT id FROM b WHERE owner = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "parenthesized union",
		sql:  "(SELECT id FROM a WHERE owner = $1) UNION (SELECT $2)",
		op:   OpRead, args: []Role{F, V},
	},
	{
		name: "exists subquery",
		sql:  "DELETE FROM notes n WHERE n.id = $1 AND EXISTS (SELECT 1 FROM members m WHERE m.team = n.team AND m.user_id = $2)",
		op:   OpWrite, args: []Role{F, F},
	},
	{
		name: "select list of a subquery in a filter",
		sql:  "UPDATE notes SET body = $1 WHERE id = $2 AND owner_id = (SELECT $3::uuid)",
		op:   OpWrite, args: []Role{V, F, F},
	},
	{
		name: "limit of a subquery in a filter",
		sql:  "SELECT * FROM notes WHERE id IN (SELECT note_id FROM shares WHERE user_id = $1 LIMIT $2)",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "subquery in values",
		sql:  "INSERT INTO notes (id, team) VALUES ($1, (SELECT team FROM members WHERE user_id = $2))",
		op:   OpWrite, args: []Role{V, F},
	},
	{
		name: "exists as an access check",
		sql:  "SELECT EXISTS (SELECT 1 FROM notes WHERE id = $1 AND owner_id = $2)",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "lateral subquery",
		sql:  "SELECT * FROM notes n CROSS JOIN LATERAL (SELECT * FROM shares s WHERE s.note_id = n.id AND s.user_id = $1) s WHERE n.id = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "derived table",
		sql:  "SELECT * FROM (SELECT * FROM notes WHERE owner = $1) n WHERE n.id = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "parenthesized join",
		sql:  "SELECT * FROM (notes n JOIN shares s ON s.note_id = n.id AND s.user_id = $1) WHERE n.id = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "table function in FROM has no role",
		sql:  "SELECT * FROM notes n JOIN unnest($1::uuid[]) AS ids(id) ON n.id = ids.id",
		op:   OpRead, args: []Role{U},
	},
	{
		name: "distinct on",
		sql:  "SELECT DISTINCT ON (owner_id) id, $1 FROM t WHERE x = $2",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "is distinct from",
		sql:  "SELECT * FROM t WHERE owner IS NOT DISTINCT FROM $1 AND id = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "substring from for in select list",
		sql:  "SELECT substring(body FROM $1 FOR $2) FROM notes WHERE id = $3",
		op:   OpRead, args: []Role{V, V, F},
	},
	{
		name: "extract from in where",
		sql:  "SELECT * FROM t WHERE extract(year FROM created) = $1 AND owner = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "replace function is not a write",
		sql:  "SELECT replace(body, $1, $2) FROM notes WHERE id = $3",
		op:   OpRead, args: []Role{V, V, F},
	},
	{
		name: "with time zone cast is not a CTE",
		sql:  "SELECT * FROM t WHERE created > $1::timestamp with time zone AND owner = $2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "merge",
		sql: `MERGE INTO notes n USING shares s ON s.note_id = n.id AND s.user_id = $1
			WHEN MATCHED AND n.locked = $2 THEN UPDATE SET body = $3
			WHEN NOT MATCHED THEN INSERT (id, body) VALUES ($4, $5)`,
		op: OpWrite, args: []Role{F, F, V, V, V},
	},
	{
		name: "merge with case in set",
		sql:  "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = CASE WHEN s.x THEN $1 ELSE $2 END WHEN NOT MATCHED AND s.y = $3 THEN DO NOTHING",
		op:   OpWrite, args: []Role{V, V, F},
	},
	{
		name: "mysql on duplicate key update",
		sql:  "INSERT INTO t (id, body) VALUES (?, ?) ON DUPLICATE KEY UPDATE body = VALUES(body), editor = ?",
		op:   OpWrite, args: []Role{V, V, V},
	},
	{
		name: "mysql update join",
		sql:  "UPDATE notes n JOIN shares s ON s.note_id = n.id SET n.body = ? WHERE n.id = ? AND s.user_id = ?",
		op:   OpWrite, args: []Role{V, F, F},
	},
	{
		name: "mysql insert set",
		sql:  "INSERT INTO notes SET body = ?, owner_id = ?",
		op:   OpWrite, args: []Role{V, V},
	},
	{
		name: "mysql delete limit",
		sql:  "DELETE FROM notes WHERE owner_id = ? ORDER BY id LIMIT ?",
		op:   OpWrite, args: []Role{F, V},
	},
	{
		name: "replace into",
		sql:  "REPLACE INTO t (a, b) VALUES (?, ?)",
		op:   OpWrite, args: []Role{V, V},
	},
	{
		name: "sqlite insert or replace",
		sql:  "INSERT OR REPLACE INTO t (a, b) VALUES (?, ?)",
		op:   OpWrite, args: []Role{V, V},
	},
	{
		name: "upsert",
		sql:  "UPSERT INTO t (a, b) VALUES ($1, $2)",
		op:   OpWrite, args: []Role{V, V},
	},
	{
		name: "truncate",
		sql:  "TRUNCATE TABLE notes",
		op:   OpWrite,
	},
	{
		name: "values",
		sql:  "VALUES ($1, $2)",
		op:   OpRead, args: []Role{V, V},
	},
	{
		name: "table",
		sql:  "TABLE notes",
		op:   OpRead,
	},
	{
		name: "show",
		sql:  "SHOW TABLES LIKE ?",
		op:   OpRead, args: []Role{U},
	},
	{
		name: "explain select",
		sql:  "EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM notes WHERE id = $1",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "explain analyze delete",
		sql:  "EXPLAIN ANALYZE VERBOSE DELETE FROM notes WHERE id = $1",
		op:   OpWrite, args: []Role{F},
	},
	{
		name: "batch with an unmodelled statement",
		sql:  "SET LOCAL app.user_id = $1; DELETE FROM notes WHERE id = $2",
		op:   OpWrite, args: []Role{U, F},
	},
	{
		name: "batch read then write",
		sql:  "SELECT 1; UPDATE t SET a = ? WHERE b = ?;",
		op:   OpWrite, args: []Role{V, F},
	},

	// Text that is not a modelled statement.
	{name: "empty", sql: "", op: OpUnknown},
	{name: "only a comment", sql: "-- SELECT $1", op: OpUnknown},
	{name: "not sql", sql: "hello $1 world", op: OpUnknown, args: []Role{U}},
	{name: "bare where", sql: "WHERE id = $1", op: OpUnknown, args: []Role{U}},
	{
		name: "call hides its subqueries",
		sql:  "CALL transfer((SELECT id FROM accounts WHERE owner = $1), $2)",
		op:   OpUnknown, args: []Role{U, U},
	},
	{name: "ddl", sql: "CREATE TABLE notes (id int PRIMARY KEY, owner text)", op: OpUnknown},
	{
		name: "ddl as select",
		sql:  "CREATE TABLE copy AS SELECT * FROM notes WHERE owner = $1",
		op:   OpUnknown, args: []Role{U},
	},
	{
		name: "stray closing parentheses",
		sql:  "SELECT $1 FROM t WHERE id = $2)) AND owner = $3",
		op:   OpRead, args: []Role{V, F, F},
	},

	// Lexing.
	{
		name: "question marks in strings",
		sql:  "SELECT '?' FROM t WHERE a = ? AND b = '??'",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "question marks in comments",
		sql:  "-- is it?\nSELECT * FROM t WHERE id = ? /* or ? */",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "nested block comment",
		sql:  "SELECT /* a /* b */ ? */ x FROM t WHERE id = ?",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "unterminated comment",
		sql:  "SELECT x FROM t WHERE id = ? /* ?",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "dollar number in string",
		sql:  "SELECT '$1', body FROM t WHERE id = $2",
		op:   OpRead, args: []Role{U, F},
	},
	{
		name: "doubled quote escape",
		sql:  "SELECT 'it''s', $1 FROM t WHERE id = $2",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "escape string",
		sql:  `SELECT E'it\'s ?', ? FROM t WHERE id = ?`,
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "backslash is plain in a standard string",
		sql:  `SELECT 'C:\', ? FROM t WHERE id = ?`,
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "unterminated string",
		sql:  "SELECT * FROM t WHERE id = $1 AND x = 'oops $2",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "quoted identifier is not a keyword",
		sql:  `SELECT "where", $1, "it""s $3 ?" FROM t WHERE id = $2`,
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "backquoted identifiers",
		sql:  "SELECT `order`, ?, `a``?` FROM `t` WHERE id = ?",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "dollar quoted string",
		sql:  "SELECT $$ WHERE x = $1 ? $$, $1 FROM t WHERE id = $2",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "tagged dollar quoted string",
		sql:  "SELECT $fn$ it's $$ $1 $fn$, $1 FROM t WHERE id = $2",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "casts are not named parameters",
		sql:  "SELECT $1::text FROM t WHERE id = $2::uuid AND tags @> $3::text[]",
		op:   OpRead, args: []Role{V, F, F}, named: map[string]Role{"text": U, "uuid": U},
	},
	{
		name: "jsonb question mark operator beside numbered placeholders",
		sql:  "SELECT * FROM t WHERE data ? 'k' AND data ?| array['a'] AND id = $1",
		op:   OpRead, args: []Role{F},
	},
	{
		name: "case insensitive keywords and odd whitespace",
		sql:  "sElEcT\n\tid\r\nfrom notes\n\nWhErE\n id=$1\n\tAnD owner_id=$2",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "no whitespace around punctuation",
		sql:  "SELECT*FROM t WHERE(id=$1)AND(owner=$2)ORDER BY(1)LIMIT $3",
		op:   OpRead, args: []Role{F, F, V},
	},
	{
		name: "qualified names are not keywords",
		sql:  "SELECT n.order, $1 FROM notes n WHERE n.limit = $2 AND n.from = $3",
		op:   OpRead, args: []Role{V, F, F},
	},
	{
		name: "keyword used as a column name",
		sql:  "SELECT * FROM t WHERE offset = ? AND id = ?",
		op:   OpRead, args: []Role{F, F},
	},
	{
		name: "keyword used as a table qualifier",
		sql:  "SELECT offset.a, ? FROM offset WHERE offset.b = ?",
		op:   OpRead, args: []Role{V, F},
	},
	{
		name: "leading-dot number",
		sql:  "INSERT INTO t (a, b) SELECT .5, ? FROM u WHERE u.id = ?",
		op:   OpWrite, args: []Role{V, F},
	},
	{
		name: "huge placeholder number is not one",
		sql:  "SELECT * FROM t WHERE id = $99999999999999999999 AND a = $1",
		op:   OpRead, args: []Role{F},
	},

	// Named parameters.
	{
		name:  "sqlx named",
		sql:   "UPDATE notes SET body = :body WHERE id = :id AND owner_id = :owner",
		op:    OpWrite,
		named: map[string]Role{"body": V, "id": F, "owner": F, "missing": U},
	},
	{
		name:  "sqlx nested name",
		sql:   "SELECT * FROM notes WHERE owner_id = :user.id AND id = :id.",
		op:    OpRead,
		named: map[string]Role{"user.id": F, "id": F, "user": U},
	},
	{
		name:  "pgx named args",
		sql:   "SELECT * FROM notes WHERE id = @id AND owner_id = @owner LIMIT @limit",
		op:    OpRead,
		named: map[string]Role{"id": F, "owner": F, "limit": V},
	},
	{
		name:  "named used as value and filter",
		sql:   "INSERT INTO notes (owner_id) SELECT @owner WHERE NOT EXISTS (SELECT 1 FROM bans WHERE user_id = @owner)",
		op:    OpWrite,
		named: map[string]Role{"owner": F},
	},
	{
		name:  "mysql system and user variables",
		sql:   "SELECT @@session.sql_mode, @x FROM t",
		op:    OpRead,
		named: map[string]Role{"x": V, "session": U, "session.sql_mode": U},
	},
	{
		name:  "sqlite dollar name",
		sql:   "SELECT * FROM t WHERE id = $id",
		op:    OpRead,
		named: map[string]Role{"id": F},
	},
}

func TestParse(t *testing.T) {
	for _, tc := range parseTests {
		t.Run(tc.name, func(t *testing.T) {
			s := Parse(tc.sql)
			if got := s.Op(); got != tc.op {
				t.Errorf("Op() = %v, want %v", got, tc.op)
			}
			if got := argRoles(s); !slices.Equal(got, tc.args) {
				t.Errorf("ArgRoles = %v, want %v", got, tc.args)
			}
			for name, want := range tc.named {
				if got := s.NamedRole(name); got != want {
					t.Errorf("NamedRole(%q) = %v, want %v", name, got, want)
				}
			}
		})
	}
}

// argRoles returns the roles of all positional arguments of s.
func argRoles(s Statement) []Role {
	var roles []Role
	for i := range s.NumArgs() {
		roles = append(roles, s.ArgRole(i))
	}
	return roles
}

func TestArgRoleOutOfRange(t *testing.T) {
	s := Parse("SELECT * FROM t WHERE id = $1")
	for _, i := range []int{-1, 1, 1 << 20} {
		if got := s.ArgRole(i); got != RoleUnknown {
			t.Errorf("ArgRole(%d) = %v, want unknown", i, got)
		}
	}
	var zero Statement
	if zero.Op() != OpUnknown || zero.NumArgs() != 0 || zero.ArgRole(0) != RoleUnknown || zero.NamedRole("id") != RoleUnknown {
		t.Errorf("zero Statement knows something: %+v", zero)
	}
}

func TestNamedRolePrefix(t *testing.T) {
	s := Parse("SELECT * FROM t WHERE id = :id AND owner = @owner")
	for _, name := range []string{"id", ":id", "owner", "@owner"} {
		if got := s.NamedRole(name); got != RoleFilter {
			t.Errorf("NamedRole(%q) = %v, want filter", name, got)
		}
	}
}

func TestLexer(t *testing.T) {
	tests := []struct {
		sql  string
		want string // kinds of the tokens, space-separated
	}{
		{"a.b", "word dot word"},
		{"x::int", "word other word"},
		{"$1 $$a$b$$ $t$ $$ $t$ $n ?", "positional literal literal named anonymous"},
		{"'a''b' \"c\"\"d\" `e``f`", "literal literal literal"},
		{"E'\\'' e'x' E", "literal literal word"},
		{"1.5e3 0x1F .5 a.b", "literal literal literal word dot word"},
		{"(,;)", "open comma semicolon close"},
		{"@a @@b @ :c :: : $", "named other other named other other other"},
		{"-- x\n/* y */ z", "word"},
	}
	for _, tc := range tests {
		if got := tokenKinds(tc.sql); got != tc.want {
			t.Errorf("lex %q = %q, want %q", tc.sql, got, tc.want)
		}
	}
}

var kindNames = [...]string{
	tokEOF: "eof", tokWord: "word", tokLiteral: "literal", tokPositional: "positional",
	tokAnonymous: "anonymous", tokNamed: "named", tokOpen: "open", tokClose: "close",
	tokComma: "comma", tokSemicolon: "semicolon", tokDot: "dot", tokOther: "other",
}

func tokenKinds(sql string) string {
	lx := lexer{src: sql}
	var kinds []string
	for t := lx.next(); t.kind != tokEOF; t = lx.next() {
		kinds = append(kinds, kindNames[t.kind])
	}
	return strings.Join(kinds, " ")
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseTests {
		f.Add(tc.sql)
	}
	f.Fuzz(func(t *testing.T, sql string) {
		a, b := Parse(sql), Parse(sql)
		if a.Op() != b.Op() || a.NumArgs() != b.NumArgs() {
			t.Fatalf("Parse is not deterministic: %v/%d then %v/%d", a.Op(), a.NumArgs(), b.Op(), b.NumArgs())
		}
		if a.NumArgs() > max(len(sql), maxPositional) {
			t.Fatalf("NumArgs() = %d for %d bytes of text", a.NumArgs(), len(sql))
		}
		for i := -1; i <= a.NumArgs(); i++ {
			ra, rb := a.ArgRole(i), b.ArgRole(i)
			if ra != rb {
				t.Fatalf("ArgRole(%d) = %v, then %v", i, ra, rb)
			}
			if (i < 0 || i == a.NumArgs()) && ra != RoleUnknown {
				t.Fatalf("ArgRole(%d) = %v for a missing argument", i, ra)
			}
			if a.Op() == OpUnknown && ra != RoleUnknown {
				t.Fatalf("ArgRole(%d) = %v in text of unknown op", i, ra)
			}
		}
	})
}

// benchQuery is a typical handler query: about 300 bytes with a join,
// a subquery, a cast and pagination.
const benchQuery = `SELECT n.id, n.title, n.body, n.created_at, u.display_name
FROM notes n
JOIN users u ON u.id = n.owner_id
WHERE n.id = $1
  AND (n.owner_id = $2 OR n.id IN (SELECT s.note_id FROM shares s WHERE s.user_id = $2 AND s.revoked_at IS NULL))
  AND n.deleted_at IS NULL -- soft delete
ORDER BY n.created_at DESC
LIMIT $3 OFFSET $4`

func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(benchQuery)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(benchQuery)
	}
}

func ExampleParse() {
	s := Parse("UPDATE notes SET body = $1, editor = $2 WHERE id = $3 AND owner_id = $2")
	fmt.Println(s.Op())
	for i := range s.NumArgs() {
		fmt.Printf("$%d %v\n", i+1, s.ArgRole(i))
	}
	// Output:
	// write
	// $1 value
	// $2 filter
	// $3 filter
}
