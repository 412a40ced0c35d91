package fiberv3

// The generic fiber.Query[int](c, "note_id") loads a note by id alone; the
// route carries the middleware itself.

import "github.com/gofiber/fiber/v3"

func (s *server) badQueryGeneric(c fiber.Ctx) error {
	id := fiber.Query[int](c, "note_id")
	var n note
	if err := s.db.QueryRowContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, id).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `query parameter "note_id" reaches \(\*sql\.DB\)\.QueryRowContext`
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
