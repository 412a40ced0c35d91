package echo

// The mismatch returns echo.NewHTTPError(403) before the query.

import (
	"net/http"

	"authecho"

	"github.com/labstack/echo/v4"
)

func (s *server) goodGuardReturns(c echo.Context) error {
	owner := c.QueryParam("owner")
	if owner != authecho.Subject(c) {
		return echo.NewHTTPError(http.StatusForbidden, "forbidden")
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
