package fiber

// c.QueryParser fills a `query:"owner"` field that selects the notes.

import "github.com/gofiber/fiber/v2"

func (s *server) badQueryParser(c *fiber.Ctx) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.QueryParser(&q); err != nil {
		return fiber.ErrBadRequest
	}
	rows, err := s.db.QueryContext(c.UserContext(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
