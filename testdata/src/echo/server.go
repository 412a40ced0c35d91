// Package echo holds the echo v4 scenarios: echo.Context handlers behind
// echo-jwt or the authecho middleware, database/sql as the store.
package echo

import (
	"database/sql"
	"net/http"

	"authecho"

	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

// listNotes writes the rows as JSON; it reads no request value.
func listNotes(c echo.Context, rows *sql.Rows, err error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	return c.JSON(http.StatusOK, out)
}

// routes wires the handlers. Those that read no subject are authenticated
// only by where they are registered: a group created with echo-jwt, a
// group that Uses authecho, or authecho as route-level middleware.
func (s *server) routes(secret []byte) *echo.Echo {
	e := echo.New()

	// Group created with the echo-jwt middleware.
	api := e.Group("/api", echojwt.JWT(secret))
	api.GET("/users/:user_id/notes", s.badParam)
	api.GET("/users/:user_id/notes2", s.goodParam)
	api.PUT("/notes/:id", s.badBindParam)
	api.PUT("/notes2/:id", s.goodBindParam)
	api.GET("/binder/notes/:id", s.badBindPathParams)
	api.GET("/binder2/notes/:id", s.goodBindPathParams)

	// Group that Uses the authecho middleware.
	v2 := e.Group("/v2")
	v2.Use(authecho.Middleware(secret))
	v2.GET("/notes", s.badQueryParam)
	v2.GET("/notes2", s.goodQueryParam)
	v2.GET("/filter", s.badBindQuery)
	v2.GET("/filter2", s.goodBindQuery)
	v2.GET("/guard/notes", s.badGuardFallsThrough)
	v2.GET("/guard2/notes", s.goodGuardReturns)

	// Route-level middleware after the handler.
	e.POST("/notes/delete", s.badFormValue, authecho.Middleware(secret))
	e.POST("/notes/delete2", s.goodFormValue, authecho.Middleware(secret))

	// Public: no middleware.
	e.GET("/public/notes/:id", s.goodPublic)
	return e
}
