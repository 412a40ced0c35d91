package jwt_dgrijalva

// Behind parseAuth (dgrijalva jwt.Parse): any note by the path id.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badBehindParse(c *gin.Context) {
	var n note
	if err := s.db.First(&n, c.Param("id")).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.First with no check against the JWT subject`
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
