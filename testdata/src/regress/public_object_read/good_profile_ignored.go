package public_object_read

// The same read, with the team's reason for it.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) goodProfileIgnored(c *gin.Context) {
	_ = authgin.Subject(c)
	p, err := s.profileByName(c.Param("username")) //bola:ignore profiles are public by design
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	c.JSON(200, p)
}
