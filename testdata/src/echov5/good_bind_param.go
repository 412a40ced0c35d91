package echov5

// c.Bind fills a `param:"id"` field; the UPDATE is scoped by the subject.

import (
	"net/http"

	"authechov5"

	"github.com/labstack/echo/v5"
)

func (s *server) goodBindParam(c *echo.Context) error {
	var req struct {
		ID   int64  `param:"id"`
		Body string `json:"body"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	if _, err := s.db.ExecContext(c.Request().Context(), `UPDATE notes SET body = $1 WHERE id = $2 AND owner_id = $3`, req.Body, req.ID, authechov5.Subject(c)); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
