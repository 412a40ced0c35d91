package foreign_key_save

// A new comment refers to the article the slug names; the helper saves
// the comment, whose key no client chose.

import (
	"github.com/gin-gonic/gin"

	"authgin"
)

type commentForm struct {
	Body    string `form:"body"`
	comment Comment
}

func (s *server) goodCommentCreate(c *gin.Context) {
	a, err := s.findArticle(&Article{Slug: c.Param("slug")})
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	var form commentForm
	form.Body = c.PostForm("body")
	form.comment.Body = form.Body
	form.comment.AuthorID = authgin.Subject(c)
	form.comment.Article = a
	if err := s.saveOne(&form.comment); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.JSON(201, gin.H{"id": form.comment.ID, "body": form.comment.Body})
}
