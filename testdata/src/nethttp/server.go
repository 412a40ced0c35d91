// Package nethttp holds the net/http (Go 1.22 ServeMux) scenarios.
package nethttp

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"authjwt"
)

type Server struct{ DB *sql.DB }

type Note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Routes registers the authenticated API; handlers that read no subject
// are authenticated only by this registration.
func (s *Server) Routes(secret []byte) http.Handler {
	mux := http.NewServeMux()
	auth := authjwt.Middleware(secret)
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badPathID)))
	mux.Handle("GET /notes", auth(http.HandlerFunc(s.badQueryID)))
	mux.Handle("GET /public/notes/{id}", http.HandlerFunc(s.goodPublic))
	return mux
}
