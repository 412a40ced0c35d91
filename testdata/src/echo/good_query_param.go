package echo

// c.QueryParam("owner") is compared with authecho.Subject(c), the subject of
// the claims the custom middleware stored.

import (
	"net/http"

	"authecho"

	"github.com/labstack/echo/v4"
)

func (s *server) goodQueryParam(c echo.Context) error {
	owner := c.QueryParam("owner")
	if owner != authecho.Subject(c) {
		return echo.NewHTTPError(http.StatusForbidden)
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
