package jwtlibs

// gofiber/contrib/jwt: jwtware.New verifies the token for the group; the
// handler deletes any note by the path id.

import "github.com/gofiber/fiber/v2"

func (s *server) badJwtware(c *fiber.Ctx) error {
	if _, err := s.db.Exec(`DELETE FROM notes WHERE id = $1`, c.Params("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
