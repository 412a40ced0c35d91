// Package gorm_error_return: repository helpers that hand gorm's .Error
// straight back to the caller (`return db.Delete(...).Error`). Such a helper
// compares nothing with the subject, yet its summary must not say it does.
package gorm_error_return

import (
	"encoding/json"
	"net/http"
	"strconv"

	"authjwt"

	"gorm.io/gorm"
)

type note struct {
	ID      uint   `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type repo struct{ db *gorm.DB }

// deleteNote returns the .Error of the terminal call directly.
func (r *repo) deleteNote(id uint) error {
	return r.db.Delete(&note{}, id).Error
}

// getNote keeps the .Error in a variable and returns it with the row.
func (r *repo) getNote(id uint) (*note, error) {
	var n note
	err := r.db.First(&n, id).Error
	return &n, err
}

type server struct{ notes *repo }

func pathID(r *http.Request) uint {
	id, _ := strconv.Atoi(r.PathValue("id"))
	return uint(id)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (s *server) routes(secret []byte) http.Handler {
	auth := authjwt.Middleware(secret)
	mux := http.NewServeMux()
	mux.Handle("DELETE /notes/{id}", auth(http.HandlerFunc(s.badDeleteReturnsError)))
	mux.Handle("GET /notes/{id}", auth(http.HandlerFunc(s.badGetReturnsError)))
	mux.Handle("DELETE /mine/{id}", auth(http.HandlerFunc(s.goodDeleteAfterCheck)))
	mux.Handle("POST /notes/{id}/archive", auth(http.HandlerFunc(s.badWriteAfterErrorHelper)))
	return mux
}
