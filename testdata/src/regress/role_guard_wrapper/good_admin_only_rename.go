package role_guard_wrapper

// Registered as adminOnly(a.goodAdminOnlyRename): only admins reach the
// load and the save.

import "github.com/gofiber/fiber/v2"

func (a *app) goodAdminOnlyRename(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	var s site
	if err := a.db.First(&s, id).Error; err != nil {
		return fiber.ErrNotFound
	}
	s.Name = c.Query("name")
	if err := a.db.Save(&s).Error; err != nil {
		return err
	}
	return c.JSON(s)
}
