// Package role_guard_wrapper: handlers are closures wrapped in a guard
// decorator at registration, adminOnly(func(c) error {...}). adminOnly
// verifies the token and runs the handler only when the role claim is
// "admin": SPEC's explicit authorization decision (a role claim test that
// decides whether the sink runs), made in the wrapper instead of the body.
package role_guard_wrapper

import (
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
	"gorm.io/gorm"
)

type claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

type site struct {
	ID   uint   `json:"id"`
	Name string `json:"name"`
}

type app struct {
	db     *gorm.DB
	secret []byte
}

func (a *app) claimsOf(c *fiber.Ctx) (*claims, error) {
	cl := new(claims)
	raw := strings.TrimPrefix(c.Get("Authorization"), "Bearer ")
	if _, err := jwt.ParseWithClaims(raw, cl, func(*jwt.Token) (any, error) { return a.secret, nil }); err != nil {
		return nil, err
	}
	return cl, nil
}

// adminOnly runs h only for a verified caller with the admin role.
func (a *app) adminOnly(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		cl, err := a.claimsOf(c)
		if err != nil || cl.Role != "admin" {
			return fiber.ErrForbidden
		}
		return h(c)
	}
}

// loggedIn runs h for any verified caller: authentication only.
func (a *app) loggedIn(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if _, err := a.claimsOf(c); err != nil {
			return fiber.ErrUnauthorized
		}
		return h(c)
	}
}

func (a *app) routes(r fiber.Router) {
	r.Put("/sites/:id", a.adminOnly(a.goodAdminOnlyRename))
	r.Delete("/sites/:id", a.loggedIn(a.badLoggedInDelete))
	r.Delete("/admin/sites/:id", a.staffOnly(a.goodAdminFlagDelete))
	r.Delete("/members/sites/:id", a.activeOnly(a.badActiveMemberDelete))
}
