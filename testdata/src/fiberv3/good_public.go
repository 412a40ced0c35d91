package fiberv3

// A public route: no middleware, no subject read. Nothing to report.

import "github.com/gofiber/fiber/v3"

func (s *server) goodPublic(c fiber.Ctx) error {
	var n note
	if err := s.db.QueryRowContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, c.Params("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
