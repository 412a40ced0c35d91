package jwt_dgrijalva

// The note's owner is compared with the "sub" claim parseAuth stored.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodMapClaimsSubject(c *gin.Context) {
	var n note
	if err := s.db.First(&n, c.Param("id")).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if sub, _ := c.Get("user_id"); n.OwnerID != sub {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
