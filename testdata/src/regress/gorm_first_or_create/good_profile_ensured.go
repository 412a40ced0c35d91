package gorm_first_or_create

// The profile row of the named user is got or created and nothing of it
// is written: no object changes, none is disclosed.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) goodProfileEnsured(c *gin.Context) {
	_ = authgin.Subject(c)
	var p Profile
	if err := s.db.Where(&Profile{UserID: c.Param("user")}).FirstOrCreate(&p).Error; err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
