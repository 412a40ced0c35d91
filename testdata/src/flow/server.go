// Package flow holds the scenarios where the request id travels to the sink
// through conversions, variables, struct fields, helpers, repositories and
// closures. Every handler is registered behind the JWT middleware.
package flow

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"authjwt"
)

type server struct {
	db    *sql.DB
	notes *noteRepo
}

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

// noteRepo is the package's repository layer; its methods are in the
// scenario files that use them.
type noteRepo struct{ db *sql.DB }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// withTx runs fn in a transaction.
func withTx(ctx context.Context, db *sql.DB, fn func(tx *sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /atoi/{id}", auth(http.HandlerFunc(s.badAtoi)))
	mux.Handle("GET /atoi2/{id}", auth(http.HandlerFunc(s.goodAtoi)))
	mux.Handle("GET /parseint/{id}", auth(http.HandlerFunc(s.badParseInt)))
	mux.Handle("GET /parseint2/{id}", auth(http.HandlerFunc(s.goodParseInt)))
	mux.Handle("GET /parseuint/{id}", auth(http.HandlerFunc(s.badParseUint)))
	mux.Handle("GET /parseuint2/{id}", auth(http.HandlerFunc(s.goodParseUint)))
	mux.Handle("GET /uuid/{id}", auth(http.HandlerFunc(s.badUUID)))
	mux.Handle("GET /uuid2/{id}", auth(http.HandlerFunc(s.goodUUID)))
	mux.Handle("GET /sprintf/{slug}", auth(http.HandlerFunc(s.badSprintf)))
	mux.Handle("GET /sprintf2/{slug}", auth(http.HandlerFunc(s.goodSprintf)))
	mux.Handle("GET /concat/{slug}", auth(http.HandlerFunc(s.badConcat)))
	mux.Handle("GET /concat2/{slug}", auth(http.HandlerFunc(s.goodConcat)))
	mux.Handle("GET /local/{id}", auth(http.HandlerFunc(s.badLocal)))
	mux.Handle("GET /local2/{id}", auth(http.HandlerFunc(s.goodLocal)))
	mux.Handle("GET /phi/{id}", auth(http.HandlerFunc(s.badPhi)))
	mux.Handle("GET /phi2/{id}", auth(http.HandlerFunc(s.goodPhi)))
	mux.Handle("GET /field/{id}", auth(http.HandlerFunc(s.badStructField)))
	mux.Handle("GET /field2/{id}", auth(http.HandlerFunc(s.goodStructField)))
	mux.Handle("PUT /params/{id}", auth(http.HandlerFunc(s.badParamsOwnerInSet)))
	mux.Handle("PUT /params2/{id}", auth(http.HandlerFunc(s.goodParamsOwnerInWhere)))
	mux.Handle("GET /helper/{id}", auth(http.HandlerFunc(s.badHelperID)))
	mux.Handle("GET /helper2/{id}", auth(http.HandlerFunc(s.goodHelperID)))
	mux.Handle("GET /repo/{id}", auth(http.HandlerFunc(s.badRepoByID)))
	mux.Handle("GET /repo2/{id}", auth(http.HandlerFunc(s.goodRepoByOwner)))
	mux.Handle("GET /repo5/{id}", auth(http.HandlerFunc(s.badRepoOwnerFromQuery)))
	mux.Handle("GET /repo3/{id}", auth(http.HandlerFunc(s.badRepoOwnerUnused)))
	mux.Handle("GET /repo4/{id}", auth(http.HandlerFunc(s.goodRepoOwnerUsed)))
	mux.Handle("DELETE /tx/{id}", auth(http.HandlerFunc(s.badTxClosure)))
	mux.Handle("DELETE /tx2/{id}", auth(http.HandlerFunc(s.goodTxClosure)))
	return mux
}
