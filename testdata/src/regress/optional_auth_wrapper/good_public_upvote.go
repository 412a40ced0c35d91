package optional_auth_wrapper

// Anyone may upvote any post: behind limited only, the handler is public.

import (
	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

func (a *app) goodPublicUpvote(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	return a.db.Model(&post{}).Where("id = ?", id).Update("votes", gorm.Expr("votes + 1")).Error
}
