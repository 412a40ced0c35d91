package foreign_key_save

// The same, saved with gorm directly.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) goodNoteCreateDirect(c *gin.Context) {
	a, err := s.findArticle(&Article{Slug: c.Param("slug")})
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	cm := Comment{ArticleID: a.ID, AuthorID: authgin.Subject(c), Body: c.PostForm("body")}
	if err := s.db.Save(&cm).Error; err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.JSON(201, gin.H{"id": cm.ID, "body": cm.Body})
}
