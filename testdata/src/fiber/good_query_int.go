package fiber

// c.QueryInt("note_id") loads a note scoped by the subject.

import (
	"authfiber"

	"github.com/gofiber/fiber/v2"
)

func (s *server) goodQueryInt(c *fiber.Ctx) error {
	id := c.QueryInt("note_id")
	var n note
	if err := s.db.QueryRowContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, id, authfiber.Subject(c)).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
