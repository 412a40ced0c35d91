// Package authfiberv3 is a fiber v3 JWT middleware: it verifies a bearer
// token with golang-jwt v5 and stores the subject in c.Locals("sub") and the
// claims in c.Locals("claims"); Subject reads the caller back.
package authfiberv3

import (
	"strings"

	"github.com/gofiber/fiber/v3"
	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims of an access token.
type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// Middleware rejects requests without a valid token.
func Middleware(secret []byte) fiber.Handler {
	return func(c fiber.Ctx) error {
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
func Subject(c fiber.Ctx) string {
	return fiber.Locals[string](c, "sub")
}
