package jwtlibs

// The GET filter lets nothing else through: a DELETE behind it is
// authenticated, and deletes any note by the path id.

import (
	"github.com/gofiber/fiber/v2"
	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func (s *server) badJwtwareMethodFilterDelete(c *fiber.Ctx) error {
	tok := c.Locals("user").(*jwtv5.Token)
	sub, _ := tok.Claims.GetSubject()
	if _, err := s.db.Exec(`DELETE FROM notes WHERE id = $1`, c.Params("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		return err
	}
	return c.JSON(fiber.Map{"deleted_by": sub})
}
