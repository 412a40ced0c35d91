// Package httprouter holds the julienschmidt/httprouter scenarios:
// httprouter.Handle handlers wrapped by the authrouter JWT wrapper, and
// net/http handlers reading httprouter.ParamsFromContext behind authjwt;
// database/sql as the store.
package httprouter

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"authjwt"
	"authrouter"

	"github.com/julienschmidt/httprouter"
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

// routes wires the handlers. The httprouter.Handle ones that read no
// subject are authenticated only by the authrouter.Auth(secret, h) wrapper;
// the net/http ones by authjwt.Middleware.
func (s *server) routes(secret []byte) *httprouter.Router {
	router := httprouter.New()
	auth := authjwt.Middleware(secret)

	router.GET("/users/:user_id/notes", authrouter.Auth(secret, s.badByName))
	router.GET("/users/:user_id/notes2", authrouter.Auth(secret, s.goodByName))
	router.DELETE("/notes/:id", authrouter.Auth(secret, s.badByNameDelete))
	router.DELETE("/notes2/:id", authrouter.Auth(secret, s.goodByNameDelete))
	router.Handler(http.MethodGet, "/ctx/notes/:id", auth(http.HandlerFunc(s.badParamsFromContext)))
	router.Handler(http.MethodGet, "/ctx2/notes/:id", auth(http.HandlerFunc(s.goodParamsFromContext)))

	// Public: no wrapper.
	router.GET("/public/notes/:id", s.goodPublic)
	router.HandlerFunc(http.MethodGet, "/public/ctx/notes/:id", s.goodPublicFromContext)
	return router
}
