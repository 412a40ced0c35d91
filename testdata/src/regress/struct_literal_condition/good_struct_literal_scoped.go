package struct_literal_condition

// The condition struct also holds the subject as the author: scoped.

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodStructLiteralScoped(c *gin.Context) {
	a, err := s.repo.findArticle(&article{Slug: c.Param("slug"), AuthorID: authgin.Subject(c)})
	if err != nil {
		notFound(c)
		return
	}
	c.JSON(http.StatusOK, a)
}
