package fiberv3

// c.Params("user_id") on the fiber.Ctx interface selects whose notes are
// listed; nothing compares it with the caller.

import "github.com/gofiber/fiber/v3"

func (s *server) badParams(c fiber.Ctx) error {
	uid := c.Params("user_id")
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext with no check against the JWT subject`
	return listNotes(c, rows, err)
}
