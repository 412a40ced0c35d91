package echo

// echo.DefaultBinder.BindPathParams fills a `param:"id"` field; the query is
// scoped by the echo-jwt subject.

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

func (s *server) goodBindPathParams(c echo.Context) error {
	var req struct {
		ID int64 `param:"id"`
	}
	if err := (&echo.DefaultBinder{}).BindPathParams(c, &req); err != nil {
		return echo.ErrBadRequest
	}
	sub, _ := c.Get("user").(*jwt.Token).Claims.GetSubject()
	var n note
	if err := s.db.QueryRowContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, req.ID, sub).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, n)
}
