package fiber

// c.ParamsInt("id") loads the note scoped by the subject from c.Locals.

import "github.com/gofiber/fiber/v2"

func (s *server) goodParamsInt(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	var n note
	if err := s.db.QueryRowContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, c.Locals("sub")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
