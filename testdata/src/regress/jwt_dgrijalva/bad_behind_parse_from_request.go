package jwt_dgrijalva

// Behind requestAuth (request.ParseFromRequest): any note deleted by id.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badBehindParseFromRequest(c *gin.Context) {
	if err := s.db.Delete(&note{}, c.Param("id")).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
