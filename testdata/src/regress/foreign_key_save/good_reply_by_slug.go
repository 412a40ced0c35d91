package foreign_key_save

// A new, anonymous reply carries the slug the path named as a reference;
// the helper saves the reply, whose key no client chose.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) goodReplyBySlug(c *gin.Context) {
	_ = authgin.Subject(c)
	reply := Comment{ArticleSlug: c.Param("slug"), Body: c.PostForm("body")}
	if err := s.saveOne(&reply); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.JSON(201, gin.H{"id": reply.ID})
}
