// Package pgxdb holds the pgx v5 scenarios: net/http handlers behind the
// authjwt middleware using *pgx.Conn, *pgxpool.Pool and the pgx.Tx from
// pool.Begin.
package pgxdb

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type server struct {
	conn *pgx.Conn
	pool *pgxpool.Pool
}

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// writeNotes writes the rows as JSON; it reads no request value.
func writeNotes(w http.ResponseWriter, rows pgx.Rows, err error) {
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	writeJSON(w, out)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /conn/notes/{id}", auth(http.HandlerFunc(s.badConnQueryRow)))
	mux.Handle("GET /conn/notes2/{id}", auth(http.HandlerFunc(s.goodConnQueryRow)))
	mux.Handle("DELETE /conn/notes/{id}", auth(http.HandlerFunc(s.badConnExec)))
	mux.Handle("DELETE /conn/notes2/{id}", auth(http.HandlerFunc(s.goodConnExec)))
	mux.Handle("GET /projects/{pid}/notes", auth(http.HandlerFunc(s.badPoolQuery)))
	mux.Handle("GET /projects2/{pid}/notes", auth(http.HandlerFunc(s.goodPoolQuery)))
	mux.Handle("GET /pool/notes/{id}", auth(http.HandlerFunc(s.badPoolQueryRow)))
	mux.Handle("GET /pool/notes2/{id}", auth(http.HandlerFunc(s.goodPoolQueryRow)))
	mux.Handle("PATCH /pool/notes/{id}", auth(http.HandlerFunc(s.badPoolExec)))
	mux.Handle("PATCH /pool/notes2/{id}", auth(http.HandlerFunc(s.goodPoolExec)))
	mux.Handle("PATCH /setonly/notes/{id}", auth(http.HandlerFunc(s.badPoolExecSetOnly)))
	mux.Handle("PATCH /setonly/notes2/{id}", auth(http.HandlerFunc(s.goodPoolExecSetOnly)))
	mux.Handle("DELETE /tx/notes/{id}", auth(http.HandlerFunc(s.badTxExec)))
	mux.Handle("DELETE /tx/notes2/{id}", auth(http.HandlerFunc(s.goodTxExec)))
	mux.Handle("GET /tx/notes/{id}", auth(http.HandlerFunc(s.badTxQueryRow)))
	mux.Handle("GET /tx/notes2/{id}", auth(http.HandlerFunc(s.goodTxQueryRow)))
	mux.Handle("GET /tx/projects/{pid}/notes", auth(http.HandlerFunc(s.badTxQuery)))
	mux.Handle("GET /tx/projects2/{pid}/notes", auth(http.HandlerFunc(s.goodTxQuery)))
	mux.Handle("GET /named/notes/{id}", auth(http.HandlerFunc(s.badNamedArgs)))
	mux.Handle("GET /named/notes2/{id}", auth(http.HandlerFunc(s.goodNamedArgs)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}
