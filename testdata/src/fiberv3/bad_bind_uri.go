package fiberv3

// c.Bind().URI fills a `uri:"id"` field; the DELETE is keyed by it alone.

import "github.com/gofiber/fiber/v3"

func (s *server) badBindURI(c fiber.Ctx) error {
	var req struct {
		ID int64 `uri:"id"`
	}
	if err := c.Bind().URI(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if _, err := s.db.ExecContext(c.Context(), `DELETE FROM notes WHERE id = $1`, req.ID); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
