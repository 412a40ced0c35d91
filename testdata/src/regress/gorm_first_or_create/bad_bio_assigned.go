package gorm_first_or_create

// Assign sets the bio on whatever profile row the path names: the caller
// rewrites anyone's bio.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) badBioAssigned(c *gin.Context) {
	_ = authgin.Subject(c)
	var p Profile
	if err := s.db.Where(&Profile{UserID: c.Param("user")}).Assign(Profile{Bio: c.PostForm("bio")}).FirstOrCreate(&p).Error; err != nil { // want `path parameter "user" reaches \(\*gorm\.DB\)\.FirstOrCreate with no check against the JWT subject`
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
