// Package mw is the jwt_dgrijalva scenario's middleware: three ways of
// verifying a token with github.com/dgrijalva/jwt-go.
package mw

import (
	"net/http"

	"github.com/dgrijalva/jwt-go"
	"github.com/dgrijalva/jwt-go/request"
	"github.com/gin-gonic/gin"
)

var secret = []byte("k")

func keyFunc(*jwt.Token) (interface{}, error) { return secret, nil }

// ParseAuth verifies the Authorization header with jwt.Parse and stores
// the caller's id.
func ParseAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		tok, err := jwt.Parse(c.GetHeader("Authorization"), keyFunc)
		if err != nil || !tok.Valid {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		claims, _ := tok.Claims.(jwt.MapClaims)
		c.Set("user_id", claims["sub"])
		c.Next()
	}
}

// ClaimsAuth verifies with jwt.ParseWithClaims into StandardClaims and
// stores the token itself.
func ClaimsAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		tok, err := jwt.ParseWithClaims(c.GetHeader("Authorization"), &jwt.StandardClaims{}, keyFunc)
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set("token", tok)
		c.Next()
	}
}

// RequestAuth verifies with request.ParseFromRequest.
func RequestAuth() gin.HandlerFunc {
	return func(c *gin.Context) {
		if _, err := request.ParseFromRequest(c.Request, request.AuthorizationHeaderExtractor, keyFunc); err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
