// Package token is the claims_methods scenario's token layer: Payload
// implements jwt.Claims with its own methods (no jwt.RegisteredClaims
// embedded), Auth verifies the bearer token into a *Payload and stores it
// under PayloadKey.
package token

import (
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// Payload implements jwt.Claims by itself.
type Payload struct {
	Username  string    `json:"username"`
	ExpiredAt time.Time `json:"expired_at"`
}

func (p *Payload) GetExpirationTime() (*jwt.NumericDate, error) { return nil, nil }
func (p *Payload) GetIssuedAt() (*jwt.NumericDate, error)       { return nil, nil }
func (p *Payload) GetNotBefore() (*jwt.NumericDate, error)      { return nil, nil }
func (p *Payload) GetIssuer() (string, error)                   { return "", nil }
func (p *Payload) GetSubject() (string, error)                  { return p.Username, nil }
func (p *Payload) GetAudience() (jwt.ClaimStrings, error)       { return nil, nil }

// PayloadKey is the gin context key of the verified *Payload.
const PayloadKey = "authorization_payload"

// Auth verifies the bearer token into a *Payload and stores it.
func Auth(secret []byte) gin.HandlerFunc {
	return func(c *gin.Context) {
		p := &Payload{}
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		if _, err := jwt.ParseWithClaims(raw, p, func(*jwt.Token) (any, error) { return secret, nil }); err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Set(PayloadKey, p)
		c.Next()
	}
}
