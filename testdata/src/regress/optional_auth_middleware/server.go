// Package optional_auth_middleware: JWT middleware with a skipper lets
// GET requests through without a token (the realworld API's articles: read
// anonymously, personalised when a token is sent). Behind it only, a
// handler that reads the subject serves anonymous callers the same
// objects, so they are public; behind middleware that always refuses a
// missing token, the same handler is authenticated.
package optional_auth_middleware

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

type config struct {
	skip   func(echo.Context) bool
	secret []byte
}

// jwtWith verifies the bearer token; when there is none and skip says
// so, it runs the handler anyway.
func jwtWith(cfg config) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			raw, ok := strings.CutPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
			if !ok {
				if cfg.skip != nil && cfg.skip(c) {
					return next(c)
				}
				return echo.ErrUnauthorized
			}
			claims := new(jwt.RegisteredClaims)
			if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return cfg.secret, nil }); err != nil {
				return echo.ErrUnauthorized
			}
			c.Set("user", claims.Subject)
			return next(c)
		}
	}
}

// requireJWT refuses every request without a valid token.
func requireJWT(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
			claims := new(jwt.RegisteredClaims)
			if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
				return echo.ErrUnauthorized
			}
			c.Set("user", claims.Subject)
			return next(c)
		}
	}
}

// viewer is the caller, or "" for an anonymous one.
func viewer(c echo.Context) string {
	s, _ := c.Get("user").(string)
	return s
}

type article struct {
	Slug      string `json:"slug"`
	AuthorID  string `json:"author_id"`
	Body      string `json:"body"`
	Favorited bool   `json:"favorited"`
}

type server struct {
	db     *sql.DB
	secret []byte
}

func (s *server) routes(e *echo.Echo) {
	reads := e.Group("/articles", jwtWith(config{
		skip:   func(c echo.Context) bool { return c.Request().Method == http.MethodGet },
		secret: s.secret,
	}))
	reads.GET("/:slug", s.goodPersonalisedRead)
	reads.DELETE("/:slug", s.badOptionalGroupDelete)

	writes := e.Group("/my/articles", requireJWT(s.secret))
	writes.DELETE("/:slug", s.badAuthenticatedDelete)
}
