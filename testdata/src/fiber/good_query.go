package fiber

// c.Query("owner") is compared with authfiber.Subject(c).

import (
	"authfiber"

	"github.com/gofiber/fiber/v2"
)

func (s *server) goodQuery(c *fiber.Ctx) error {
	owner := c.Query("owner")
	if owner != authfiber.Subject(c) {
		return fiber.NewError(fiber.StatusForbidden, "forbidden")
	}
	rows, err := s.db.QueryContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
