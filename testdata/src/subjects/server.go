// Package subjects holds the forms in which a handler reads the JWT subject
// back from the request context: golang-jwt v5 custom claims (Subject,
// GetSubject(), a field of their own), jwt.MapClaims["sub"], golang-jwt v4
// StandardClaims.Subject, and a subject string stored under a typed key.
// No handler is registered behind middleware: reading the subject is what
// makes each one authenticated. Each bad_ file only logs the subject; its
// good_ twin compares the path id with it. The package fact naming the
// context keys the middleware stores is expected on line 1 of the first
// file, bad_claims_subject.go.
package subjects

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
