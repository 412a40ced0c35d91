package foreign_key_save

// The helper saves an article whose key the path chose: any caller
// rewrites any article, and signs the edit; the subject as a value written
// confines nothing.

import (
	"strconv"

	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) badArticleSaved(c *gin.Context) {
	id, _ := strconv.Atoi(c.Param("id"))
	a := Article{ID: uint(id), Body: c.PostForm("body"), EditedBy: authgin.Subject(c)}
	if err := s.saveOne(&a); err != nil { // want `path parameter "id" reaches foreign_key_save.\(\*server\).saveOne → \(\*gorm\.DB\)\.Save with no check against the JWT subject`
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
