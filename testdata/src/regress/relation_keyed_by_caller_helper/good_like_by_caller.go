package relation_keyed_by_caller_helper

// The like is recorded for the caller's member row, loaded by a helper
// from the caller's user row: any article, only as the caller.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodLikeByCaller(c *gin.Context) {
	var a Article
	if err := conn.Where("slug = ? AND published", c.Param("slug")).First(&a).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	me := c.MustGet("me").(User)
	if err := a.likedBy(memberOf(me)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
