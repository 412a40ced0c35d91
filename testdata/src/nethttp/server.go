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
	mux.Handle("GET /v2/notes/{id}", auth(http.HandlerFunc(s.goodPathID)))
	mux.Handle("GET /v2/notes", auth(http.HandlerFunc(s.goodQueryID)))
	mux.Handle("POST /notes/delete", auth(http.HandlerFunc(s.badFormValue)))
	mux.Handle("POST /v2/notes/delete", auth(http.HandlerFunc(s.goodFormValue)))
	mux.Handle("/legacy/notes/", auth(http.HandlerFunc(s.badPathTrimPrefix)))
	mux.Handle("/legacy/v2/notes/", auth(http.HandlerFunc(s.goodPathTrimPrefix)))
	mux.Handle("/legacy/base/", auth(http.HandlerFunc(s.badPathPathBase)))
	mux.Handle("/legacy/v2/base/", auth(http.HandlerFunc(s.goodPathPathBase)))
	mux.Handle("/legacy/split/", auth(http.HandlerFunc(s.badPathSplit)))
	mux.Handle("/legacy/v2/split/", auth(http.HandlerFunc(s.goodPathSplit)))
	mux.Handle("GET /public/notes/{id}", http.HandlerFunc(s.goodPublic))
	return mux
}
