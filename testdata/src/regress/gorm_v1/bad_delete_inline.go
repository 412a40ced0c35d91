package gorm_v1

// Delete(&note{}, id): the path id as inline condition deletes any note.

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

func (s *server) badDeleteInline(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := s.db.Delete(&note{}, id).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
