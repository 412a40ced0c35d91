package jwtlibs

// A Filter that skips only the login path guards every other route: the
// note is read by the path id alone.

import "github.com/gofiber/fiber/v2"

func (s *server) badJwtwarePathFilter(c *fiber.Ctx) error {
	var n note
	if err := s.db.QueryRow(`SELECT id, owner_id, body FROM notes WHERE id = $1`, c.Params("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRow with no check against the JWT subject`
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}
