package gin_abort_middleware

// Behind auth(true) the caller is verified; the article is deleted by
// slug alone.

import "github.com/gin-gonic/gin"

func (s *server) badDeleteBehindSwitch(c *gin.Context) {
	if _, err := s.db.Exec(`DELETE FROM articles WHERE slug = $1`, c.Param("slug")); err != nil { // want `path parameter "slug" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
