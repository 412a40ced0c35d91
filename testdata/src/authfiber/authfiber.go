// Package authfiber is a fiber v2 JWT middleware: it verifies a bearer token
// with golang-jwt v5 and stores the subject in c.Locals("sub") and the
// claims in c.Locals("claims"); Subject reads the caller back.
package authfiber

import (
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims of an access token.
type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// Middleware rejects requests without a valid token.
func Middleware(secret []byte) fiber.Handler {
	return func(c *fiber.Ctx) error {
		raw := strings.TrimPrefix(c.Get("Authorization"), "Bearer ")
		claims := new(Claims)
		if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
			return fiber.ErrUnauthorized
		}
		c.Locals("sub", claims.Subject)
		c.Locals("claims", claims)
		return c.Next()
	}
}

// Subject returns the caller's subject.
func Subject(c *fiber.Ctx) string {
	sub, _ := c.Locals("sub").(string)
	return sub
}
