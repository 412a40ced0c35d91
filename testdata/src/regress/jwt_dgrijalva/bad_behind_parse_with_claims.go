package jwt_dgrijalva

// Behind claimsAuth (jwt.ParseWithClaims, token stored as "token"): any
// note updated by the path id.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badBehindParseWithClaims(c *gin.Context) {
	if err := s.db.Model(&note{}).Where("id = ?", c.Param("id")).Update("body", c.Query("body")).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Update with no check against the JWT subject`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
