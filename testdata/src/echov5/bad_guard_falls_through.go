package echov5

// c.JSON(403, ...) is written but not returned: the query still runs.

import (
	"net/http"

	"authechov5"

	"github.com/labstack/echo/v5"
)

func (s *server) badGuardFallsThrough(c *echo.Context) error {
	owner := c.QueryParam("owner")
	if owner != authechov5.Subject(c) {
		_ = c.JSON(http.StatusForbidden, map[string]string{"error": "forbidden"})
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
