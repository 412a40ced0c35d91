package fiberv3

// The generic fiber.Params[int](c, "id") loads the note by id alone.

import "github.com/gofiber/fiber/v3"

func (s *server) badParamsGeneric(c fiber.Ctx) error {
	id := fiber.Params[int](c, "id")
	var n note
	if err := s.db.QueryRowContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
