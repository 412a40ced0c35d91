// Package echov5 holds the echo v5 scenarios: func(*echo.Context) error
// handlers behind the authechov5 middleware, database/sql as the store.
package echov5

import (
	"database/sql"
	"net/http"

	"authechov5"

	"github.com/labstack/echo/v5"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

// listNotes writes the rows as JSON; it reads no request value.
func listNotes(c *echo.Context, rows *sql.Rows, err error) error {
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
// only by where they are registered: a group created with the middleware,
// a group that Uses it, or route-level middleware after the handler.
func (s *server) routes(secret []byte) *echo.Echo {
	e := echo.New()
	mw := authechov5.Middleware(secret)

	// Group created with the middleware.
	api := e.Group("/api", mw)
	api.GET("/users/:user_id/notes", s.badParam)
	api.GET("/users/:user_id/notes2", s.goodParam)
	api.PUT("/notes/:id", s.badBindParam)
	api.PUT("/notes2/:id", s.goodBindParam)

	// Group that Uses the middleware.
	v2 := e.Group("/v2")
	v2.Use(mw)
	v2.GET("/notes", s.badQueryParam)
	v2.GET("/notes2", s.goodQueryParam)
	v2.GET("/filter", s.badBindQuery)
	v2.GET("/filter2", s.goodBindQuery)
	v2.GET("/params", s.badBindQueryParams)
	v2.GET("/params2", s.goodBindQueryParams)
	v2.GET("/guard/notes", s.badGuardFallsThrough)
	v2.GET("/guard2/notes", s.goodGuardReturns)

	// Route-level middleware after the handler.
	e.POST("/notes/delete", s.badFormValue, mw)
	e.POST("/notes/delete2", s.goodFormValue, mw)

	// Public: no middleware.
	e.GET("/public/notes/:id", s.goodPublic)
	return e
}
