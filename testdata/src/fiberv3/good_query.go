package fiberv3

// c.Query("owner") is compared with authfiberv3.Subject(c).

import (
	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

func (s *server) goodQuery(c fiber.Ctx) error {
	owner := c.Query("owner")
	if owner != authfiberv3.Subject(c) {
		return fiber.NewError(fiber.StatusForbidden, "forbidden")
	}
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	return listNotes(c, rows, err)
}
