package fiber

// c.Params("user_id") is compared with c.Locals("sub"), the subject the
// JWT middleware stored; a mismatch returns fiber.ErrForbidden.

import "github.com/gofiber/fiber/v2"

func (s *server) goodParams(c *fiber.Ctx) error {
	uid := c.Params("user_id")
	if sub, _ := c.Locals("sub").(string); uid != sub {
		return fiber.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	return listNotes(c, rows, err)
}
