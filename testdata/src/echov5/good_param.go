package echov5

// c.Param("user_id") is compared with the subject the middleware stored
// under "sub"; a mismatch returns echo.NewHTTPError(403).

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func (s *server) goodParam(c *echo.Context) error {
	uid := c.Param("user_id")
	sub, _ := c.Get("sub").(string)
	if uid != sub {
		return echo.NewHTTPError(http.StatusForbidden, "forbidden")
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	return listNotes(c, rows, err)
}
