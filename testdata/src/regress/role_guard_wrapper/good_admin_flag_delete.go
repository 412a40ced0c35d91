package role_guard_wrapper

// Registered as staffOnly(a.goodAdminFlagDelete): the caller's record says
// they are an administrator before any site is deleted.

import "github.com/gofiber/fiber/v2"

func (a *app) goodAdminFlagDelete(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	return a.db.Delete(&site{}, id).Error
}
