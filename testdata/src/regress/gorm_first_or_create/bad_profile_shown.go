package gorm_first_or_create

// The profile row of any user, got or created, is written to the caller.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) badProfileShown(c *gin.Context) {
	_ = authgin.Subject(c)
	var p Profile
	if err := s.db.Where(&Profile{UserID: c.Param("user")}).FirstOrCreate(&p).Error; err != nil { // want `path parameter "user" reaches \(\*gorm\.DB\)\.FirstOrCreate with no check against the JWT subject`
		c.AbortWithStatus(500)
		return
	}
	c.JSON(200, p)
}
