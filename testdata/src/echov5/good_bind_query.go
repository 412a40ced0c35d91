package echov5

// c.Bind fills a `query:"owner"` field that must equal the subject.

import (
	"authechov5"

	"github.com/labstack/echo/v5"
)

func (s *server) goodBindQuery(c *echo.Context) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.Bind(&q); err != nil {
		return echo.ErrBadRequest
	}
	if q.Owner != authechov5.Subject(c) {
		return echo.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner)
	return listNotes(c, rows, err)
}
