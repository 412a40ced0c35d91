package echo

// c.Bind fills a `query:"owner"` field that must equal the subject.

import (
	"authecho"

	"github.com/labstack/echo/v4"
)

func (s *server) goodBindQuery(c echo.Context) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.Bind(&q); err != nil {
		return echo.ErrBadRequest
	}
	if q.Owner != authecho.Subject(c) {
		return echo.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner)
	return listNotes(c, rows, err)
}
