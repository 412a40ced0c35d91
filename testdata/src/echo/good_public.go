package echo

// A public route: no middleware, no subject read. Nothing to report.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) goodPublic(c echo.Context) error {
	var n note
	if err := s.db.QueryRowContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, c.Param("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return echo.ErrNotFound
	}
	return c.JSON(http.StatusOK, n)
}
