// want package:`keys\(subject ; claims const my_user; anonymous const my_user\)`

// Package auth is the realworld app's middleware in a package of its own:
// Middleware(required) stores an anonymous user first and the verified
// one after; Middleware(false) lets callers without a token through. A
// handler that reads the user back is not, by that alone, behind
// authentication: the user may be nobody.
package auth

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// User is the caller, or the zero User for an anonymous one.
type User struct {
	ID   string
	Name string
}

var secret = []byte("k")

func setUser(c *gin.Context, id string) {
	c.Set("my_user", User{ID: id})
}

// Middleware verifies the bearer token; without one it aborts only when
// required.
func Middleware(required bool) gin.HandlerFunc { // want Middleware:`optional gates\(arg0=true\)`
	return func(c *gin.Context) {
		setUser(c, "")
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		claims := new(jwt.RegisteredClaims)
		if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
			if required {
				c.AbortWithStatus(http.StatusUnauthorized)
			}
			return
		}
		setUser(c, claims.Subject)
	}
}

// Current returns the user the middleware stored.
func Current(c *gin.Context) User { // want Current:`returns0\(maybe anonymous\)`
	return c.MustGet("my_user").(User)
}
