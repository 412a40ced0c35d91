package echov5

// c.Bind fills a `query:"owner"` field that selects the notes.

import "github.com/labstack/echo/v5"

func (s *server) badBindQuery(c *echo.Context) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.Bind(&q); err != nil {
		return echo.ErrBadRequest
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
