// Package sqltext reads the constant SQL text of a data-access call and
// tells, for each bind argument, whether it constrains which rows the
// statement touches (a filter) or supplies data that is written or only
// shapes the output (a value), and whether the statement reads or writes.
//
// The bola analyzer uses it to decide whether a request-supplied identifier
// and the authenticated subject both reach the row selection of a query:
// in
//
//	UPDATE notes SET body = $1 WHERE id = $2 AND owner_id = $3
//
// $2 and $3 are filters, so the update is scoped to the subject, while in
//
//	UPDATE notes SET owner_id = $1 WHERE id = $2
//
// the subject $1 is only written and any note can be taken over.
//
// # How it works
//
// This is not a SQL parser. A lexer that knows the quoting rules of
// Postgres, MySQL and SQLite (line and block comments, strings with doubled
// quotes, E-strings with backslash escapes, double-quoted and backquoted
// identifiers, $tag$ dollar quotes, :: casts) feeds a walker that keeps one
// frame per parenthesis level and tracks which clause each frame is in.
// A placeholder takes the role of the clause it sits in:
//
//   - WHERE, HAVING, JOIN ... ON, USING and MERGE's WHEN conditions are
//     filters, and so is everything inside parentheses opened in such a
//     clause, the select list and LIMIT of a subquery included, because all
//     of it decides which rows pass.
//   - SET (also ON CONFLICT DO UPDATE SET and ON DUPLICATE KEY UPDATE),
//     VALUES, the select list, GROUP BY, ORDER BY, LIMIT, OFFSET, FETCH,
//     WINDOW and RETURNING are values.
//   - Anything else has no role: FROM items such as table functions
//     (FROM unnest($1) may feed a filter or an insert), INTO targets,
//     locking clauses, and every statement the walker does not model
//     (CALL, SET, DDL, ...).
//
// Parentheses that start with SELECT, WITH, VALUES, TABLE, INSERT, UPDATE,
// DELETE or MERGE hold a statement of their own (a subquery or a CTE body)
// and get clause tracking; other parentheses hold an expression and inherit
// the clause they were opened in, so IN ($1, $2) under WHERE is a filter and
// SUBSTRING(body FROM $1 FOR $2) in a select list stays a value.
//
// # Limits
//
// The package follows no data flow: in
// WITH x AS (SELECT $1 AS owner) SELECT ... WHERE n.owner = x.owner, $1 is a
// value, and a derived table such as FROM (VALUES ($1)) v(id) is not traced
// into the ON that uses it. Dialect details it does not honour: MySQL's
// backslash escapes inside plain '...' strings (only Postgres E'...' strings
// get them) and MySQL's # comments; block comments nest as in Postgres.
// A ? is a placeholder only when the text has no $n placeholder, since
// Postgres spells jsonb operators with ?. SQLite's numbered ?NNN and
// Oracle's :1 are not read as positional placeholders, and an array slice
// a[lo:hi] reads :hi as a named parameter.
package sqltext
