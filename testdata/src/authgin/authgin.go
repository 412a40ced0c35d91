// Package authgin is the gin JWT middleware the gin scenarios share: it
// verifies a bearer token with golang-jwt v5 and stores the subject under
// "sub" and the claims under "claims" in the gin context; its helpers read
// them back.
package authgin

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims of an access token.
type Claims struct {
	Role string `json:"role"`
	jwt.RegisteredClaims
}

// Middleware rejects requests without a valid token.
func Middleware(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		claims := new(Claims)
		if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Set("sub", claims.Subject)
		c.Set("claims", claims)
		c.Next()
	}
}

// Subject returns the caller's subject.
func Subject(c *gin.Context) string { return c.GetString("sub") }

// ClaimsOf returns the caller's claims.
func ClaimsOf(c *gin.Context) *Claims { return c.MustGet("claims").(*Claims) }
