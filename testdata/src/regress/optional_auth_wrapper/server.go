// Package optional_auth_wrapper: a rate-limiting wrapper verifies a token
// only to let admins skip the limit; callers without a token still reach
// the handler. It authenticates nobody, so the handlers it wraps are public
// (SPEC: public handlers are not reported). requireUser, by contrast,
// turns away callers without a valid token.
package optional_auth_wrapper

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

type post struct {
	ID    uint `json:"id"`
	Votes int  `json:"votes"`
}

type app struct {
	db     *gorm.DB
	secret []byte
	hits   map[string]int
}

func (a *app) verify(c *fiber.Ctx) (*claims, bool) {
	cl := new(claims)
	raw := strings.TrimPrefix(c.Get("Authorization"), "Bearer ")
	if _, err := jwt.ParseWithClaims(raw, cl, func(*jwt.Token) (any, error) { return a.secret, nil }); err != nil {
		return nil, false
	}
	return cl, true
}

// limited lets admins through at once and everybody else, token or not,
// up to ten requests per address.
func (a *app) limited(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if cl, ok := a.verify(c); ok && cl.Role == "admin" {
			return h(c)
		}
		if a.hits[c.IP()] >= 10 {
			return fiber.ErrForbidden
		}
		a.hits[c.IP()]++
		return h(c)
	}
}

// requireUser turns away callers without a valid token.
func (a *app) requireUser(h fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if _, ok := a.verify(c); !ok {
			return fiber.ErrUnauthorized
		}
		return h(c)
	}
}

func (a *app) routes(r fiber.Router) {
	r.Post("/posts/:id/upvote", a.limited(a.goodPublicUpvote))
	r.Delete("/posts/:id", a.requireUser(a.badAuthenticatedDelete))
}
