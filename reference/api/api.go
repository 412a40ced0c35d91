// Package api serves the reference profile and item endpoints. Every handler
// ties the object it touches to the JWT subject, either by refusing a
// request id that is not the subject or by scoping the query with it.
package api

import (
	"database/sql"
	"net/http"

	"github.com/bolacheck/bolacheck/reference/auth"
)

type handlers struct {
	db *sql.DB
}

// New returns the service's routes, each behind auth.Middleware so that no
// handler runs without a verified subject.
func New(db *sql.DB, v *auth.Verifier) http.Handler {
	h := &handlers{db: db}
	protect := auth.Middleware(v)

	mux := http.NewServeMux()
	mux.Handle("GET /profiles/{user_id}", protect(http.HandlerFunc(h.getProfile)))
	mux.Handle("GET /items", protect(http.HandlerFunc(h.listItems)))
	mux.Handle("GET /items/{id}", protect(http.HandlerFunc(h.getItem)))
	return mux
}
