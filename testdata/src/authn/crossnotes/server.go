// Package crossnotes holds exported handlers that another package
// (authn/crossapi) registers. A handler that reads no subject is not
// authenticated here: its findings are exported as a fact for the package
// that registers it.
package crossnotes

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

// DB is the store the handlers read.
var DB *sql.DB

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
