package fiberv3

// fiber.Params[int](c, "id") loads the note scoped by the subject read with
// the generic fiber.Locals[string].

import "github.com/gofiber/fiber/v3"

func (s *server) goodParamsGeneric(c fiber.Ctx) error {
	id := fiber.Params[int](c, "id")
	sub := fiber.Locals[string](c, "sub")
	var n note
	if err := s.db.QueryRowContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, sub).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
