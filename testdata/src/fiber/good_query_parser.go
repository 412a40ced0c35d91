package fiber

// c.QueryParser fills a `query:"owner"` field that must equal the subject.

import (
	"authfiber"

	"github.com/gofiber/fiber/v2"
)

func (s *server) goodQueryParser(c *fiber.Ctx) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.QueryParser(&q); err != nil {
		return fiber.ErrBadRequest
	}
	if q.Owner != authfiber.Subject(c) {
		return fiber.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner)
	return listNotes(c, rows, err)
}
