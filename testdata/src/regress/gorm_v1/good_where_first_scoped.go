package gorm_v1

// The subject scopes the Where chain.

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodWhereFirstScoped(c *gin.Context) {
	var n note
	if err := s.db.Where("id = ? AND owner_id = ?", c.Param("id"), authgin.Subject(c)).First(&n).Error; err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
