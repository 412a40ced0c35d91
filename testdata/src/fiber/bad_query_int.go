package fiber

// c.QueryInt("note_id") loads a note by id alone; the route carries the
// middleware itself.

import "github.com/gofiber/fiber/v2"

func (s *server) badQueryInt(c *fiber.Ctx) error {
	id := c.QueryInt("note_id")
	var n note
	if err := s.db.QueryRowContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `query parameter "note_id" reaches \(\*sql\.DB\)\.QueryRowContext`
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
