package role_guard_wrapper

// A flag that is not a role (the account is merely active) decides
// nothing about which sites the caller may delete.

import "github.com/gofiber/fiber/v2"

type member struct {
	ID     uint
	Active bool
}

func (a *app) activeOnly(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		cl, err := a.claimsOf(c)
		if err != nil {
			return fiber.ErrUnauthorized
		}
		var m member
		if err := a.db.Where("id = ?", cl.Subject).First(&m).Error; err != nil || !m.Active {
			return fiber.ErrForbidden
		}
		return h(c)
	}
}

func (a *app) badActiveMemberDelete(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	return a.db.Delete(&site{}, id).Error // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
}
