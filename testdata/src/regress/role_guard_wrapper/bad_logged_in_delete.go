package role_guard_wrapper

// Registered as loggedIn(a.badLoggedInDelete): any verified caller deletes
// any site by the path id.

import "github.com/gofiber/fiber/v2"

func (a *app) badLoggedInDelete(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	return a.db.Delete(&site{}, id).Error // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
}
