package vulnservice

import (
	"database/sql"
	"net/http"

	"github.com/bolacheck/bolacheck/reference/auth"
)

// Service holds what the handlers need.
type Service struct {
	DB *sql.DB
}

// Routes registers every handler behind auth.Middleware: each caller is
// authenticated, which is exactly why the missing ownership checks matter.
func Routes(db *sql.DB, v *auth.Verifier) http.Handler {
	s := &Service{DB: db}
	protect := auth.Middleware(v)

	mux := http.NewServeMux()
	mux.Handle("GET /me", protect(http.HandlerFunc(s.GetMyProfile)))
	mux.Handle("GET /profiles/{user_id}", protect(http.HandlerFunc(s.GetProfile)))
	mux.Handle("GET /items", protect(http.HandlerFunc(s.ListItems)))
	mux.Handle("GET /items/{id}", protect(http.HandlerFunc(s.GetItem)))
	mux.Handle("DELETE /items/{id}", protect(http.HandlerFunc(s.DeleteItem)))
	mux.Handle("PUT /items/{id}", protect(http.HandlerFunc(s.RenameItem)))
	mux.Handle("GET /me/items/{id}", protect(http.HandlerFunc(s.GetMyItem)))
	return mux
}
