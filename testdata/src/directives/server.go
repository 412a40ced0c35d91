// Package directives holds the suppression directives: //nolint:bola on the
// line, //bola:ignore <reason> on the line above or above the function, and
// a bare //bola:ignore, which is itself reported and silences nothing.
// Every handler is registered behind the JWT middleware.
package directives

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"authjwt"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /a/notes/{id}", auth(http.HandlerFunc(s.badNoDirective)))
	mux.Handle("GET /b/notes/{id}", auth(http.HandlerFunc(s.goodNolintLine)))
	mux.Handle("GET /c/notes/{id}", auth(http.HandlerFunc(s.goodIgnoreLineAbove)))
	mux.Handle("GET /d/notes/{id}", auth(http.HandlerFunc(s.goodIgnoreAboveFunc)))
	mux.Handle("GET /e/notes/{id}", auth(http.HandlerFunc(s.badBareIgnore)))
	mux.Handle("GET /f/notes/{id}", auth(http.HandlerFunc(s.goodIgnoreStatement)))
	mux.Handle("GET /g/notes/{id}", auth(http.HandlerFunc(s.badIgnoreOtherStatement)))
	return mux
}
