// Package method_filtered_route: library JWT middleware told to skip
// verification for some request methods (a jwtware Filter or an echo-jwt
// Skipper that tests the method) lets anonymous callers through on those
// methods only. The routes of the other methods behind it are
// authenticated, whether or not their handler reads the caller.
package method_filtered_route

import (
	"database/sql"
	"net/http"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

type server struct {
	db  *sql.DB
	key []byte
}

// fiberRoutes: articles are read anonymously, except the caller's feed;
// every other method needs a token.
func (s *server) fiberRoutes(app *fiber.App) {
	articles := app.Group("/api/articles", jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: s.key},
		Filter: func(c *fiber.Ctx) bool {
			if c.Method() == "GET" && c.Path() != "/api/articles/feed" {
				return true
			}
			return false
		},
	}))
	articles.Get("/:slug", s.goodFilteredRead)
	articles.Delete("/:slug", s.badFilteredDelete)
	articles.All("/:slug/raw", s.goodFilteredAnyMethod)
}

// echoRoutes: GET and HEAD skip verification, in a switch.
func (s *server) echoRoutes(e *echo.Echo) {
	notes := e.Group("/notes", echojwt.WithConfig(echojwt.Config{
		SigningKey: s.key,
		Skipper: func(c echo.Context) bool {
			switch c.Request().Method {
			case http.MethodGet, http.MethodHead:
				return true
			}
			return false
		},
	}))
	notes.GET("/:id", s.goodSkippedRead)
	notes.PUT("/:id", s.badSkipperUpdate)
}
