package gorm_v1

// Where("id = ?", id).First: any note by the path id.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badWhereFirst(c *gin.Context) {
	var n note
	if err := s.db.Where("id = ?", c.Param("id")).First(&n).Error; err != nil { // want `path parameter "id" reaches \(\*gorm\.DB\)\.First with no check against the JWT subject`
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
