package fiberv3

// c.Bind().Query fills a `query:"owner"` field that must equal the subject.

import (
	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

func (s *server) goodBindQuery(c fiber.Ctx) error {
	var q struct {
		Owner string `query:"owner"`
	}
	if err := c.Bind().Query(&q); err != nil {
		return fiber.ErrBadRequest
	}
	if q.Owner != authfiberv3.Subject(c) {
		return fiber.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, q.Owner)
	return listNotes(c, rows, err)
}
