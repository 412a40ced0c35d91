// Package analyzer defines the bola analyzer, which reports broken
// object-level authorization (BOLA, also called IDOR; CWE-639, CWE-862,
// OWASP API1:2023) in Go HTTP handlers.
//
// # Analyzer bola
//
// bola: report data access by request-supplied id without an ownership check
//
// A handler is reported when it is authenticated (it reads the subject of a
// verified JWT, or it is registered behind JWT-verifying middleware), a
// request identifier (a path, query or form parameter, or a struct field a
// binder fills from one) reaches a data access (database/sql, sqlx, gorm,
// pgx, mongo, go-redis, or a function of the analysed code that passes it
// on to one), and no ownership check covers that path:
//
//	func (s *Server) GetInvoice(w http.ResponseWriter, r *http.Request) {
//		row := s.DB.QueryRowContext(r.Context(),
//			`SELECT ... FROM invoices WHERE id = $1`, r.PathValue("id"))
//		// path parameter "id" reaches (*sql.DB).QueryRowContext with no
//		// check against the JWT subject
//		...
//	}
//
// An ownership check is one of: a comparison of the identifier with the
// subject that decides whether the access runs (if id != sub { 403; return
// }, a switch, a helper returning an error or bool the handler acts on); a
// query the subject confines (WHERE id = $1 AND owner_id = $2); for reads,
// a comparison of the fetched object's owner with the subject before the
// object reaches the response; or an authorization decision (a role claim
// test, a policy enforcer asked about the subject and the object).
//
// To avoid false positives the analyzer is silent when it cannot tell: a
// handler it does not recognise, a callee it has no summary of (an
// interface without an implementation in the analysed code), an identifier
// that passes through a map or a global, SQL text it cannot read (every
// argument then counts as a filter), or a read whose result it does not see
// reach the response.
//
// A second rule, category "notfound" (CWE-754), reports an authenticated
// handler whose fetch of one object lets the not-found error fall through to
// a success response: an ignored error, or one checked only for other
// errors, followed by a 200.
//
// Diagnostics carry the category "ownership" or "notfound"; -rules selects
// them. Silence one with
// //nolint:bola or //bola:ignore <reason> on its line, on the line above
// it, or above its function; an ignore without a reason is itself reported
// (category "directive").
package analyzer

// Doc is the analyzer's documentation: its first line is the title.
const Doc = `report data access by request-supplied id without an ownership check

A handler is reported when it is authenticated (it reads the subject of a
verified JWT, or is registered behind JWT-verifying middleware), a path,
query or form parameter reaches a data access (database/sql, sqlx, gorm,
pgx, mongo, go-redis, or a function passing it on to one), and no
ownership check covers that path: no comparison with the subject decides
whether the access runs, the subject does not confine the query, and for
reads the fetched object's owner is not compared with the subject before
it reaches the response. See CWE-639 and OWASP API1:2023.

A second rule (category notfound, CWE-754) reports a fetch of one object
whose not-found error can fall through to a success response.

Silence a finding with //nolint:bola or //bola:ignore <reason>.`
