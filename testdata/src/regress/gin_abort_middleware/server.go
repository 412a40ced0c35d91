// Package gin_abort_middleware: gin runs the next handler when middleware
// returns without aborting, so JWT middleware need not call c.Next():
// authRequired authenticates by aborting on a bad token. auth(required)
// is the realworld app's AuthMiddleware(auto401): auth(true) refuses
// callers without a valid token, auth(false) lets them through.
package gin_abort_middleware

import (
	"database/sql"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

type server struct {
	db     *sql.DB
	secret []byte
}

func (s *server) subject(c *gin.Context) (string, error) {
	raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
	claims := new(jwt.RegisteredClaims)
	if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return s.secret, nil }); err != nil {
		return "", err
	}
	return claims.Subject, nil
}

func (s *server) authRequired() gin.HandlerFunc {
	return func(c *gin.Context) {
		sub, err := s.subject(c)
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"})
			return
		}
		c.Set("user_id", sub)
	}
}

func (s *server) auth(required bool) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Set("user_id", "")
		sub, err := s.subject(c)
		if err != nil {
			if required {
				c.AbortWithStatus(http.StatusUnauthorized)
			}
			return
		}
		c.Set("user_id", sub)
	}
}

func (s *server) routes(r *gin.Engine) {
	api := r.Group("/api", s.authRequired())
	api.DELETE("/notes/:id", s.badDeleteBehindAbort)

	v1 := r.Group("/v1")
	v1.Use(s.auth(false))
	v1.GET("/articles/:slug", s.goodPersonalisedRead)
	v1.Use(s.auth(true))
	v1.DELETE("/articles/:slug", s.badDeleteBehindSwitch)
	v1.POST("/articles/:slug/favorite", s.goodFavoritePublicArticle)
}
