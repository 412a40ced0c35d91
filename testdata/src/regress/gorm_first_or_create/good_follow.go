package gorm_first_or_create

// The follow row is keyed by the caller: it is the caller's own.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) goodFollow(c *gin.Context) {
	var f Follow
	if err := s.db.Where(&Follow{UserID: c.Param("user"), Follower: authgin.Subject(c)}).FirstOrCreate(&f).Error; err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.JSON(200, f)
}
