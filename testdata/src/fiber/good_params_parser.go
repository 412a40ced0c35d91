package fiber

// c.ParamsParser fills a `params:"id"` field; the DELETE is scoped by the
// subject.

import (
	"authfiber"

	"github.com/gofiber/fiber/v2"
)

func (s *server) goodParamsParser(c *fiber.Ctx) error {
	var req struct {
		ID int64 `params:"id"`
	}
	if err := c.ParamsParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if _, err := s.db.ExecContext(c.UserContext(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, req.ID, authfiber.Subject(c)); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
