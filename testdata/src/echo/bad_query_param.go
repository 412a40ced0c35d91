package echo

// c.QueryParam("owner") selects the notes, with no check.

import "github.com/labstack/echo/v4"

func (s *server) badQueryParam(c echo.Context) error {
	owner := c.QueryParam("owner")
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
