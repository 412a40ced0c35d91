package echov5

// c.QueryParam("owner") is compared with authechov5.Subject(c).

import (
	"authechov5"

	"github.com/labstack/echo/v5"
)

func (s *server) goodQueryParam(c *echo.Context) error {
	owner := c.QueryParam("owner")
	if owner != authechov5.Subject(c) {
		return echo.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
