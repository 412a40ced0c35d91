package struct_literal_condition

// The slug is a field of the condition struct: any author's article is
// loaded and changed.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badStructLiteral(c *gin.Context) {
	slug := c.Param("slug")
	a, err := s.repo.findArticle(&article{Slug: slug}) // want `path parameter "slug" reaches .*\(\*gorm\.DB\)\.First with no check against the JWT subject`
	if err != nil {
		notFound(c)
		return
	}
	a.Title = c.Query("title")
	c.JSON(http.StatusOK, a)
}
