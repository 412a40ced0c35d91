// Package id_callback_adapter: a generic adapter parses the path id and
// hands it to a callback, commandID("id", func(r, id) (T, error)), then
// writes the callback's result. The id reaches the callback's query behind
// the JWT middleware just as if the handler had read it itself.
package id_callback_adapter

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"

	"authjwt"

	"github.com/go-chi/chi/v5"
)

// commandID parses the path parameter param, calls f with it and writes
// f's result as JSON.
func commandID[T any](param string, f func(r *http.Request, id int64) (T, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(chi.URLParam(r, param), 10, 64)
		if err != nil {
			http.Error(w, "bad id", http.StatusBadRequest)
			return
		}
		v, err := f(r, id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
}

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type server struct{ db *sql.DB }

func (s *server) routes(secret []byte) http.Handler {
	r := chi.NewRouter()
	r.Use(authjwt.Middleware(secret))
	r.Get("/notes/{id}", s.badNoteGet())
	r.Get("/mine/{id}", s.goodNoteGetScoped())
	return r
}
