package fiberv3

// c.Query("owner") selects the notes, with no check.

import "github.com/gofiber/fiber/v3"

func (s *server) badQuery(c fiber.Ctx) error {
	owner := c.Query("owner")
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	return listNotes(c, rows, err)
}
