package echov5

// c.Param("user_id") on a *echo.Context selects whose notes are listed;
// nothing compares it with the caller.

import "github.com/labstack/echo/v5"

func (s *server) badParam(c *echo.Context) error {
	uid := c.Param("user_id")
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	return listNotes(c, rows, err)
}
