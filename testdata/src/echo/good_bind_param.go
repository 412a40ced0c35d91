package echo

// c.Bind fills a `param:"id"` field; the UPDATE is scoped by the subject
// from the echo-jwt token (GetSubject on its claims).

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

func (s *server) goodBindParam(c echo.Context) error {
	var req struct {
		ID   int64  `param:"id"`
		Body string `json:"body"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.ErrBadRequest
	}
	sub, err := c.Get("user").(*jwt.Token).Claims.GetSubject()
	if err != nil {
		return echo.ErrUnauthorized
	}
	if _, err := s.db.ExecContext(c.Request().Context(), `UPDATE notes SET body = $1 WHERE id = $2 AND owner_id = $3`, req.Body, req.ID, sub); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
