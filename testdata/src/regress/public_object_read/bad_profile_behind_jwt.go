package public_object_read

// A profile read by username behind required authentication, with no
// route that serves profiles to anyone: reported.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) badProfileBehindJWT(c *gin.Context) {
	_ = authgin.Subject(c)
	p, err := s.profileByName(c.Param("username")) // want `path parameter "username" reaches public_object_read.\(\*server\).profileByName → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject`
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	c.JSON(200, p)
}
