package fiberv3

// fiber.Query[int](c, "note_id") loads a note scoped by the subject.

import (
	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

func (s *server) goodQueryGeneric(c fiber.Ctx) error {
	id := fiber.Query[int](c, "note_id")
	var n note
	if err := s.db.QueryRowContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authfiberv3.Subject(c)).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
