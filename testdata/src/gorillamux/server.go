// Package gorillamux holds the gorilla/mux path parameter source mux.Vars.
// The router puts every route behind the JWT middleware with Use.
package gorillamux

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"

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
	r := mux.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.HandleFunc("/a/notes/{id}", s.badVarsIndex).Methods(http.MethodGet)
	r.HandleFunc("/b/notes/{id}", s.goodVarsIndex).Methods(http.MethodGet)
	r.HandleFunc("/c/notes/{note_id}", s.badVarsMap).Methods(http.MethodGet)
	r.HandleFunc("/d/notes/{note_id}", s.goodVarsMap).Methods(http.MethodGet)
	return r
}
