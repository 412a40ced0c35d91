// Package authn holds the ways a net/http-family handler becomes
// authenticated: reading the subject, or being registered behind JWT
// middleware on net/http, chi and gorilla/mux routers. Handlers registered
// only on public routes, without middleware, read no subject and are not
// reported. The routers are in routes.go; the handlers read no subject
// unless their file says so.
package authn

import (
	"database/sql"
	"encoding/json"
	"net/http"
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
