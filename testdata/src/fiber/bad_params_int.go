package fiber

// c.ParamsInt("id") loads the note by id alone.

import "github.com/gofiber/fiber/v2"

func (s *server) badParamsInt(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	var n note
	if err := s.db.QueryRowContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
