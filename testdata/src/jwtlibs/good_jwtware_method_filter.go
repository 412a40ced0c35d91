package jwtlibs

// Behind a jwtware Filter that skips GET requests, anyone reads any note;
// the token, when sent, only marks the caller's own.

import (
	"github.com/gofiber/fiber/v2"
	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func (s *server) goodJwtwareMethodFilter(c *fiber.Ctx) error {
	var n note
	if err := s.db.QueryRow(`SELECT id, owner_id, body FROM notes WHERE id = $1`, c.Params("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		return fiber.ErrNotFound
	}
	mine := false
	if tok, ok := c.Locals("user").(*jwtv5.Token); ok {
		sub, _ := tok.Claims.GetSubject()
		mine = sub == n.OwnerID
	}
	return c.JSON(fiber.Map{"note": n, "mine": mine})
}
