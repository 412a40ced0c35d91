package echo

// echo.DefaultBinder.BindPathParams fills a `param:"id"` field; the note is
// loaded by it alone.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) badBindPathParams(c echo.Context) error {
	var req struct {
		ID int64 `param:"id"`
	}
	if err := (&echo.DefaultBinder{}).BindPathParams(c, &req); err != nil {
		return echo.ErrBadRequest
	}
	var n note
	if err := s.db.QueryRowContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, req.ID).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, n)
}
