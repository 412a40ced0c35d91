package fiberv3

// c.Status(403).JSON(...) is written but not returned: the query still
// runs.

import (
	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

func (s *server) badGuardFallsThrough(c fiber.Ctx) error {
	owner := c.Query("owner")
	if owner != authfiberv3.Subject(c) {
		_ = c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "forbidden"})
	}
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
