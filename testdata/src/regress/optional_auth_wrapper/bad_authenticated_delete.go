package optional_auth_wrapper

// Behind requireUser the caller is authenticated, and any post is deleted
// by the path id.

import "github.com/gofiber/fiber/v2"

func (a *app) badAuthenticatedDelete(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	return a.db.Delete(&post{}, id).Error // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
}
