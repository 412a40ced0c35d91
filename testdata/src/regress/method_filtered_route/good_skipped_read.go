package method_filtered_route

// The skipper lets GET through unverified: notes are public to read.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) goodSkippedRead(c echo.Context) error {
	var body string
	if err := s.db.QueryRow(`SELECT body FROM notes WHERE id = $1`, c.Param("id")).Scan(&body); err != nil {
		return echo.ErrNotFound
	}
	return c.String(http.StatusOK, body)
}
