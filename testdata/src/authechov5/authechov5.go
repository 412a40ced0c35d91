// Package authechov5 is an echo v5 JWT middleware: it verifies a bearer
// token with golang-jwt v5 and stores the claims under "claims" and the
// subject under "sub" in the echo context; Subject reads the caller back.
package authechov5

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v5"
)

// Claims are the claims of an access token.
type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// Middleware rejects requests without a valid token.
func Middleware(secret []byte) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c *echo.Context) error {
			raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
			claims := new(Claims)
			if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
				return echo.NewHTTPError(http.StatusUnauthorized, "unauthorized")
			}
			c.Set("claims", claims)
			c.Set("sub", claims.Subject)
			return next(c)
		}
	}
}

// Subject returns the caller's subject.
func Subject(c *echo.Context) string {
	if claims, ok := c.Get("claims").(*Claims); ok {
		return claims.Subject
	}
	return ""
}
