package fiberv3

// The 403 is returned before the query.

import (
	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

func (s *server) goodGuardReturns(c fiber.Ctx) error {
	owner := c.Query("owner")
	if owner != authfiberv3.Subject(c) {
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "forbidden"})
	}
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
