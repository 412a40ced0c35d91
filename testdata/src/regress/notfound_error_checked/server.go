// Package notfound_error_checked (second rule, category notfound): a
// single-object fetch whose error, sql.ErrNoRows and pgx.ErrNoRows
// included, leads to a non-2xx response and a return is no confident
// answer about a missing object. Every fetch here is keyed by the subject,
// so the ownership rule has nothing to say either.
package notfound_error_checked

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"authjwt"

	"github.com/jackc/pgx/v5"
)

type user struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type server struct {
	db   *sql.DB
	conn *pgx.Conn
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /me", auth(http.HandlerFunc(s.goodSQLScanErrorIs404)))
	mux.Handle("GET /me2", auth(http.HandlerFunc(s.goodPgxScanErrorIs404)))
	mux.Handle("GET /me3", auth(s.goodLoadUserMiddleware(http.HandlerFunc(s.goodSQLScanErrorIs404))))
	return mux
}
