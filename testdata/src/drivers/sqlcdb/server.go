// Package sqlcdb holds the sqlc scenarios: net/http handlers behind the
// authjwt middleware calling sqlc-generated store.Queries, whose DBTX
// interface is satisfied by *pgxpool.Pool. The ForOwner queries take the
// subject in their WHERE clause; UpdatedBy is a value written.
package sqlcdb

import (
	"encoding/json"
	"net/http"

	"authjwt"
	"drivers/sqlcdb/store"

	"github.com/jackc/pgx/v5/pgxpool"
)

type server struct{ q *store.Queries }

func newServer(pool *pgxpool.Pool) *server { return &server{q: store.New(pool)} }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badGetNote)))
	mux.Handle("GET /notes2/{id}", auth(http.HandlerFunc(s.goodGetNote)))
	mux.Handle("DELETE /notes/{id}", auth(http.HandlerFunc(s.badDeleteNote)))
	mux.Handle("DELETE /notes2/{id}", auth(http.HandlerFunc(s.goodDeleteNote)))
	mux.Handle("GET /projects/{pid}/notes", auth(http.HandlerFunc(s.badListProjectNotes)))
	mux.Handle("GET /projects2/{pid}/notes", auth(http.HandlerFunc(s.goodListProjectNotes)))
	mux.Handle("PATCH /notes/{id}", auth(http.HandlerFunc(s.badUpdateSetOnly)))
	mux.Handle("PATCH /notes2/{id}", auth(http.HandlerFunc(s.goodUpdateSetOnly)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}
