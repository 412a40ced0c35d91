package echov5

// c.Bind fills a `param:"id"` field; the UPDATE is keyed by it alone.

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func (s *server) badBindParam(c *echo.Context) error {
	var req struct {
		ID   int64  `param:"id"`
		Body string `json:"body"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	if _, err := s.db.ExecContext(c.Request().Context(), `UPDATE notes SET body = $1 WHERE id = $2`, req.Body, req.ID); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
