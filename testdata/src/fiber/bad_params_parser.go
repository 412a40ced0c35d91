package fiber

// c.ParamsParser fills a `params:"id"` field; the DELETE is keyed by it
// alone.

import "github.com/gofiber/fiber/v2"

func (s *server) badParamsParser(c *fiber.Ctx) error {
	var req struct {
		ID int64 `params:"id"`
	}
	if err := c.ParamsParser(&req); err != nil {
		return fiber.ErrBadRequest
	}
	if _, err := s.db.ExecContext(c.UserContext(), `DELETE FROM notes WHERE id = $1`, req.ID); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
