package echov5

// The v5 package function echo.BindQueryParams fills a `query:"owner"`
// field that selects the notes.

import "github.com/labstack/echo/v5"

func (s *server) badBindQueryParams(c *echo.Context) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := echo.BindQueryParams(c, &q); err != nil {
		return echo.ErrBadRequest
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
