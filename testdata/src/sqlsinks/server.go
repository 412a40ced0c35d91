// Package sqlsinks holds the SQL data-access calls: database/sql Query,
// QueryRow and Exec with their Context variants on *sql.DB, *sql.Tx and
// *sql.Conn and a prepared *sql.Stmt; sqlx Get, Select, GetContext,
// SelectContext, Queryx, QueryRowx and NamedExec; and an sqlc-style Queries
// type over a DBTX interface. Every handler is registered behind the JWT
// middleware.
package sqlsinks

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/jmoiron/sqlx"

	"authjwt"
)

type server struct {
	db *sql.DB
	x  *sqlx.DB
	q  *queries
}

type note struct {
	ID      int64  `json:"id" db:"id"`
	OwnerID string `json:"owner_id" db:"owner_id"`
	Body    string `json:"body" db:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("/r1/{id}", auth(http.HandlerFunc(s.badDBQuery)))
	mux.Handle("/r2/{id}", auth(http.HandlerFunc(s.goodDBQuery)))
	mux.Handle("/r3/{id}", auth(http.HandlerFunc(s.badTxQuery)))
	mux.Handle("/r4/{id}", auth(http.HandlerFunc(s.goodTxQuery)))
	mux.Handle("/r5/{id}", auth(http.HandlerFunc(s.badDBQueryContext)))
	mux.Handle("/r6/{id}", auth(http.HandlerFunc(s.goodDBQueryContext)))
	mux.Handle("/r7/{id}", auth(http.HandlerFunc(s.badTxQueryContext)))
	mux.Handle("/r8/{id}", auth(http.HandlerFunc(s.goodTxQueryContext)))
	mux.Handle("/r9/{id}", auth(http.HandlerFunc(s.badDBQueryRow)))
	mux.Handle("/r10/{id}", auth(http.HandlerFunc(s.goodDBQueryRow)))
	mux.Handle("/r11/{id}", auth(http.HandlerFunc(s.badTxQueryRow)))
	mux.Handle("/r12/{id}", auth(http.HandlerFunc(s.goodTxQueryRow)))
	mux.Handle("/r13/{id}", auth(http.HandlerFunc(s.badDBQueryRowContext)))
	mux.Handle("/r14/{id}", auth(http.HandlerFunc(s.goodDBQueryRowContext)))
	mux.Handle("/r15/{id}", auth(http.HandlerFunc(s.badTxQueryRowContext)))
	mux.Handle("/r16/{id}", auth(http.HandlerFunc(s.goodTxQueryRowContext)))
	mux.Handle("/r17/{id}", auth(http.HandlerFunc(s.badDBExec)))
	mux.Handle("/r18/{id}", auth(http.HandlerFunc(s.goodDBExec)))
	mux.Handle("/r19/{id}", auth(http.HandlerFunc(s.badTxExec)))
	mux.Handle("/r20/{id}", auth(http.HandlerFunc(s.goodTxExec)))
	mux.Handle("/r21/{id}", auth(http.HandlerFunc(s.badDBExecContext)))
	mux.Handle("/r22/{id}", auth(http.HandlerFunc(s.goodDBExecContext)))
	mux.Handle("/r23/{id}", auth(http.HandlerFunc(s.badTxExecContext)))
	mux.Handle("/r24/{id}", auth(http.HandlerFunc(s.goodTxExecContext)))
	mux.Handle("/r25/{id}", auth(http.HandlerFunc(s.badConnQueryContext)))
	mux.Handle("/r26/{id}", auth(http.HandlerFunc(s.goodConnQueryContext)))
	mux.Handle("/r27/{id}", auth(http.HandlerFunc(s.badConnQueryRowContext)))
	mux.Handle("/r28/{id}", auth(http.HandlerFunc(s.goodConnQueryRowContext)))
	mux.Handle("/r29/{id}", auth(http.HandlerFunc(s.badConnExecContext)))
	mux.Handle("/r30/{id}", auth(http.HandlerFunc(s.goodConnExecContext)))
	mux.Handle("/r31/{id}", auth(http.HandlerFunc(s.badStmtQueryRowContext)))
	mux.Handle("/r32/{id}", auth(http.HandlerFunc(s.goodStmtQueryRowContext)))
	mux.Handle("/r33/{id}", auth(http.HandlerFunc(s.badSqlxGet)))
	mux.Handle("/r34/{id}", auth(http.HandlerFunc(s.goodSqlxGet)))
	mux.Handle("/r35/{id}", auth(http.HandlerFunc(s.badSqlxSelect)))
	mux.Handle("/r36/{id}", auth(http.HandlerFunc(s.goodSqlxSelect)))
	mux.Handle("/r37/{id}", auth(http.HandlerFunc(s.badSqlxGetContext)))
	mux.Handle("/r38/{id}", auth(http.HandlerFunc(s.goodSqlxGetContext)))
	mux.Handle("/r39/{id}", auth(http.HandlerFunc(s.badSqlxSelectContext)))
	mux.Handle("/r40/{id}", auth(http.HandlerFunc(s.goodSqlxSelectContext)))
	mux.Handle("/r41/{id}", auth(http.HandlerFunc(s.badSqlxQueryx)))
	mux.Handle("/r42/{id}", auth(http.HandlerFunc(s.goodSqlxQueryx)))
	mux.Handle("/r43/{id}", auth(http.HandlerFunc(s.badSqlxQueryRowx)))
	mux.Handle("/r44/{id}", auth(http.HandlerFunc(s.goodSqlxQueryRowx)))
	mux.Handle("/r45/{id}", auth(http.HandlerFunc(s.badSqlxNamedExec)))
	mux.Handle("/r46/{id}", auth(http.HandlerFunc(s.goodSqlxNamedExec)))
	mux.Handle("/r47/{id}", auth(http.HandlerFunc(s.badSqlcGetNote)))
	mux.Handle("/r48/{id}", auth(http.HandlerFunc(s.goodSqlcGetOwnNote)))
	return mux
}
