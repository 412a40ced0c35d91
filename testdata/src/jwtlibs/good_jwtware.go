package jwtlibs

// gofiber/contrib/jwt stores the verified token under "user"; the delete is
// scoped by its subject.

import (
	"github.com/gofiber/fiber/v2"
	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func (s *server) goodJwtware(c *fiber.Ctx) error {
	tok := c.Locals("user").(*jwtv5.Token)
	sub, _ := tok.Claims.GetSubject()
	if _, err := s.db.Exec(`DELETE FROM notes WHERE id = $1 AND owner_id = $2`, c.Params("id"), sub); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
