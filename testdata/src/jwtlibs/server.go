// Package jwtlibs holds the subject axis: one bad/good pair per JWT library
// or JWT middleware, on net/http and database/sql unless the library needs
// its framework (echo-jwt, gin-jwt, go-chi/jwtauth). The bad handlers of
// the libraries without middleware verify the token themselves and read the
// subject but only log it.
package jwtlibs

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/appleboy/gin-jwt/v2"
	jwtmiddleware "github.com/auth0/go-jwt-middleware/v2"
	"github.com/auth0/go-jwt-middleware/v2/validator"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	jwtv5 "github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

type server struct {
	db  *sql.DB
	key []byte
}

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (s *server) keyV4(*jwtv4.Token) (interface{}, error) { return s.key, nil }

func (s *server) keyV5(*jwtv5.Token) (any, error) { return s.key, nil }

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// writeNotes writes the rows as JSON; it reads no request value.
func writeNotes(w http.ResponseWriter, rows *sql.Rows, err error) {
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	writeJSON(w, out)
}

// muxRoutes: the handlers of the libraries without middleware verify the
// token themselves; auth0's handlers sit behind CheckJWT.
func (s *server) muxRoutes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v4/users/{user_id}/notes", s.badJWTv4StandardClaims)
	mux.HandleFunc("GET /v4/users/{user_id}/notes2", s.goodJWTv4StandardClaims)
	mux.HandleFunc("GET /v4m/users/{user_id}/notes", s.badJWTv4MapClaims)
	mux.HandleFunc("GET /v4m/users/{user_id}/notes2", s.goodJWTv4MapClaims)
	mux.HandleFunc("GET /v5/users/{user_id}/notes", s.badJWTv5GetSubject)
	mux.HandleFunc("GET /v5/users/{user_id}/notes2", s.goodJWTv5GetSubject)
	mux.HandleFunc("GET /jwx2/notes/{id}", s.badJWXv2Subject)
	mux.HandleFunc("GET /jwx2/notes2/{id}", s.goodJWXv2Subject)
	mux.HandleFunc("GET /jwx2p/users/{user_id}/notes", s.badJWXv2PrivateClaim)
	mux.HandleFunc("GET /jwx2p/users/{user_id}/notes2", s.goodJWXv2PrivateClaim)
	mux.HandleFunc("GET /jwx2m/users/{user_id}/notes", s.badJWXv2PrivateClaims)
	mux.HandleFunc("GET /jwx2m/users/{user_id}/notes2", s.goodJWXv2PrivateClaims)
	mux.HandleFunc("GET /jwx3/notes/{id}", s.badJWXv3Subject)
	mux.HandleFunc("GET /jwx3/notes2/{id}", s.goodJWXv3Subject)
	mux.HandleFunc("GET /jwx3p/users/{user_id}/notes", s.badJWXv3PrivateClaim)
	mux.HandleFunc("GET /jwx3p/users/{user_id}/notes2", s.goodJWXv3PrivateClaim)
	mux.HandleFunc("DELETE /jose/notes/{id}", s.badGoJose)
	mux.HandleFunc("DELETE /jose/notes2/{id}", s.goodGoJose)
	mux.HandleFunc("GET /public/notes/{id}", s.goodPublic)

	v, _ := validator.New(func(context.Context) (interface{}, error) { return s.key, nil }, validator.HS256, "https://issuer.example/", []string{"api"})
	a0 := jwtmiddleware.New(v.ValidateToken)
	mux.Handle("GET /a0/notes/{id}", a0.CheckJWT(http.HandlerFunc(s.badAuth0)))
	mux.Handle("GET /a0/notes2/{id}", a0.CheckJWT(http.HandlerFunc(s.goodAuth0)))
	return mux
}

// echoRoutes: echo-jwt verifies the token and stores it under "user".
func (s *server) echoRoutes() *echo.Echo {
	e := echo.New()
	g := e.Group("/ej", echojwt.JWT(s.key))
	g.GET("/users/:user_id/notes", s.badEchoJWT)
	g.GET("/users/:user_id/notes2", s.goodEchoJWT)
	return e
}

// fiberRoutes: gofiber/contrib/jwt verifies the token; with a Filter that
// skips GET requests it lets anonymous readers through, with one that
// skips the login path it guards everything else.
func (s *server) fiberRoutes() *fiber.App {
	app := fiber.New()
	key := jwtware.SigningKey{Key: s.key}
	strict := app.Group("/fj", jwtware.New(jwtware.Config{SigningKey: key}))
	strict.Delete("/notes/:id", s.badJwtware)
	strict.Delete("/notes2/:id", s.goodJwtware)
	reads := app.Group("/fr", jwtware.New(jwtware.Config{
		SigningKey: key,
		Filter:     func(c *fiber.Ctx) bool { return c.Method() == "GET" },
	}))
	reads.Get("/notes/:id", s.goodJwtwareMethodFilter)
	reads.Delete("/notes/:id", s.badJwtwareMethodFilterDelete)
	login := app.Group("/fl", jwtware.New(jwtware.Config{
		SigningKey: key,
		Filter:     func(c *fiber.Ctx) bool { return c.Path() == "/fl/login" },
	}))
	login.Get("/notes/:id", s.badJwtwarePathFilter)
	return app
}

// chiRoutes: go-chi/jwtauth verifies the token in a chi group.
func (s *server) chiRoutes() http.Handler {
	ta := jwtauth.New("HS256", s.key, nil)
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(ta), jwtauth.Authenticator(ta))
		r.Get("/ja/notes/{id}", s.badJWTAuth)
		r.Get("/ja/notes2/{id}", s.goodJWTAuth)
	})
	return r
}

// ginRoutes: appleboy/gin-jwt's MiddlewareFunc guards the group.
func (s *server) ginRoutes() *gin.Engine {
	mw, _ := jwt.New(&jwt.GinJWTMiddleware{Realm: "api", Key: s.key, IdentityKey: "id"})
	r := gin.New()
	api := r.Group("/gj", mw.MiddlewareFunc())
	api.GET("/users/:user_id/notes", s.badGinJWT)
	api.GET("/users/:user_id/notes2", s.goodGinJWT)
	return r
}
