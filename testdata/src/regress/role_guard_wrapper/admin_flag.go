package role_guard_wrapper

// The role can also be a flag on the caller's own record, loaded by the
// subject: staffOnly runs h only when that record says IsAdmin, as a
// decorator or in a helper it calls.

import (
	"strconv"

	"github.com/gofiber/fiber/v2"
)

type account struct {
	ID      uint
	IsAdmin bool
}

// callerAccount loads the verified caller's own record.
func (a *app) callerAccount(c *fiber.Ctx) (account, error) {
	cl, err := a.claimsOf(c)
	if err != nil {
		return account{}, err
	}
	id, err := strconv.Atoi(cl.Subject)
	if err != nil {
		return account{}, err
	}
	var acc account
	err = a.db.First(&acc, id).Error
	return acc, err
}

func (a *app) isAdminReq(c *fiber.Ctx) bool {
	acc, err := a.callerAccount(c)
	if err != nil {
		return false
	}
	return acc.ID != 0 && acc.IsAdmin
}

func (a *app) staffOnly(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if !a.isAdminReq(c) {
			return fiber.ErrForbidden
		}
		return h(c)
	}
}
