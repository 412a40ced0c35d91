// Package handlers holds the net/http handler shapes: a named function, a
// method, a method value, an inline closure, a closure returned by a
// constructor, an http.HandlerFunc conversion and a ServeHTTP type. The
// authenticated ones read the JWT subject; the public ones read no subject
// and are registered without middleware.
package handlers

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type server struct{ db *sql.DB }

// notesDB serves the named-function handlers, which have no receiver.
var notesDB *sql.DB

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /named/{id}", badNamedFunc)
	mux.HandleFunc("GET /named2/{id}", goodNamedFunc)
	mux.HandleFunc("GET /public/named/{id}", publicNamedFunc)

	mux.HandleFunc("GET /method/{id}", s.badMethod)
	mux.HandleFunc("GET /method2/{id}", s.goodMethod)
	mux.HandleFunc("GET /public/method/{id}", s.publicMethod)

	bad, good, public := s.badMethodValue, s.goodMethodValue, s.publicMethodValue
	mux.HandleFunc("GET /value/{id}", bad)
	mux.HandleFunc("GET /value2/{id}", good)
	mux.HandleFunc("GET /public/value/{id}", public)

	s.registerBadInline(mux)
	s.registerGoodInline(mux)
	s.registerPublicInline(mux)

	mux.HandleFunc("GET /ctor/{id}", s.badConstructor())
	mux.HandleFunc("GET /ctor2/{id}", s.goodConstructor())
	mux.HandleFunc("GET /public/ctor/{id}", s.publicConstructor())

	s.registerBadConverted(mux)
	s.registerGoodConverted(mux)
	s.registerPublicConverted(mux)

	mux.Handle("GET /type/{id}", &badNoteHandler{db: s.db})
	mux.Handle("GET /type2/{id}", &goodNoteHandler{db: s.db})
	mux.Handle("GET /public/type/{id}", &publicNoteHandler{db: s.db})
	return mux
}
