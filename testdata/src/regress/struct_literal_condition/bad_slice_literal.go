package struct_literal_condition

// The path id is the only element of the id list: any comment is deleted.

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

func (s *server) badSliceLiteral(c *gin.Context) {
	id, err := strconv.ParseUint(c.Param("id"), 10, 32)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := s.repo.deleteComments([]uint{uint(id)}); err != nil { // want `path parameter "id" reaches .*\(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		notFound(c)
		return
	}
	c.Status(http.StatusNoContent)
}
