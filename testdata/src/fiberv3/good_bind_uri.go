package fiberv3

// c.Bind().URI fills a `uri:"id"` field; the DELETE is scoped by the
// subject.

import (
	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

func (s *server) goodBindURI(c fiber.Ctx) error {
	var req struct {
		ID int64 `uri:"id"`
	}
	if err := c.Bind().URI(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if _, err := s.db.ExecContext(c.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, req.ID, authfiberv3.Subject(c)); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
