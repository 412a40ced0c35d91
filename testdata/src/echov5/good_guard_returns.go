package echov5

// The mismatch returns echo.NewHTTPError(403, ...) before the query.

import (
	"net/http"

	"authechov5"

	"github.com/labstack/echo/v5"
)

func (s *server) goodGuardReturns(c *echo.Context) error {
	owner := c.QueryParam("owner")
	if owner != authechov5.Subject(c) {
		return echo.NewHTTPError(http.StatusForbidden, "forbidden")
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
