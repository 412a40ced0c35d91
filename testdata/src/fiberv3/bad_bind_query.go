package fiberv3

// c.Bind().Query fills a `query:"owner"` field that selects the notes.

import "github.com/gofiber/fiber/v3"

func (s *server) badBindQuery(c fiber.Ctx) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.Bind().Query(&q); err != nil {
		return fiber.ErrBadRequest
	}
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
