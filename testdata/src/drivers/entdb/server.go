// Package entdb holds the ent scenarios: net/http handlers behind the
// authjwt middleware using the generated client of entcases/ent; a
// note.OwnerID(sub) predicate in the same builder chain scopes the access.
package entdb

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"entcases/ent"
)

type server struct{ client *ent.Client }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /get/notes/{id}", auth(http.HandlerFunc(s.badGet)))
	mux.Handle("GET /get/notes2/{id}", auth(http.HandlerFunc(s.goodGet)))
	mux.Handle("GET /query/notes/{id}", auth(http.HandlerFunc(s.badQueryOnly)))
	mux.Handle("GET /query/notes2/{id}", auth(http.HandlerFunc(s.goodQueryOnly)))
	mux.Handle("GET /or/notes/{id}", auth(http.HandlerFunc(s.badQueryOr)))
	mux.Handle("GET /or/notes2/{id}", auth(http.HandlerFunc(s.goodQueryAnd)))
	mux.Handle("PATCH /notes/{id}", auth(http.HandlerFunc(s.badUpdateOneID)))
	mux.Handle("PATCH /notes2/{id}", auth(http.HandlerFunc(s.goodUpdateOneID)))
	mux.Handle("DELETE /notes/{id}", auth(http.HandlerFunc(s.badDeleteOneID)))
	mux.Handle("DELETE /notes2/{id}", auth(http.HandlerFunc(s.goodDeleteOneID)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}
