// Package gormdb holds the gorm scenarios: net/http handlers behind the
// authjwt middleware reading and changing notes through *gorm.DB.
package gormdb

import (
	"encoding/json"
	"net/http"

	"authjwt"

	"gorm.io/gorm"
)

type server struct{ db *gorm.DB }

type note struct {
	ID        uint   `json:"id"`
	OwnerID   string `json:"owner_id"`
	ProjectID string `json:"project_id"`
	Body      string `json:"body"`
	EditorID  string `json:"editor_id"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// ownedBy is a gorm scope restricting a query to the caller's rows.
func ownedBy(sub string) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		return db.Where("owner_id = ?", sub)
	}
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("GET /first/{id}", auth(http.HandlerFunc(s.badFirstInline)))
	mux.Handle("GET /first2/{id}", auth(http.HandlerFunc(s.goodFirstInline)))
	mux.Handle("GET /take/{id}", auth(http.HandlerFunc(s.badTake)))
	mux.Handle("GET /take2/{id}", auth(http.HandlerFunc(s.goodTake)))
	mux.Handle("GET /last/{id}", auth(http.HandlerFunc(s.badLast)))
	mux.Handle("GET /last2/{id}", auth(http.HandlerFunc(s.goodLast)))
	mux.Handle("GET /projects/{pid}/notes", auth(http.HandlerFunc(s.badFind)))
	mux.Handle("GET /projects2/{pid}/notes", auth(http.HandlerFunc(s.goodFind)))
	mux.Handle("GET /where/{id}", auth(http.HandlerFunc(s.badWhereFirst)))
	mux.Handle("GET /where2/{id}", auth(http.HandlerFunc(s.goodWhereFirst)))
	mux.Handle("PATCH /notes/{id}", auth(http.HandlerFunc(s.badModelUpdates)))
	mux.Handle("PATCH /notes2/{id}", auth(http.HandlerFunc(s.goodModelUpdates)))
	mux.Handle("PATCH /editor/{id}", auth(http.HandlerFunc(s.badUpdatesEditor)))
	mux.Handle("PATCH /editor2/{id}", auth(http.HandlerFunc(s.goodUpdatesEditor)))
	mux.Handle("DELETE /notes/{id}", auth(http.HandlerFunc(s.badDeleteInline)))
	mux.Handle("DELETE /notes2/{id}", auth(http.HandlerFunc(s.goodDeleteInline)))
	mux.Handle("PUT /notes/{id}", auth(http.HandlerFunc(s.badSaveFetched)))
	mux.Handle("PUT /notes2/{id}", auth(http.HandlerFunc(s.goodSaveFetched)))
	mux.Handle("GET /scopes/{id}", auth(http.HandlerFunc(s.badScopes)))
	mux.Handle("GET /scopes2/{id}", auth(http.HandlerFunc(s.goodScopes)))

	// Public: no middleware.
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)
	return mux
}
