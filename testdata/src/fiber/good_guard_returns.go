package fiber

// The 403 is returned before the query.

import (
	"authfiber"

	"github.com/gofiber/fiber/v2"
)

func (s *server) goodGuardReturns(c *fiber.Ctx) error {
	owner := c.Query("owner")
	if owner != authfiber.Subject(c) {
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "forbidden"})
	}
	rows, err := s.db.QueryContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
