package notfoundfw

// Any error aborts with 404 and returns.

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) goodGinAbort(c *gin.Context) {
	var n item
	if err := s.gdb.Where("owner_id = ?", authgin.Subject(c)).First(&n, c.Param("id")).Error; err != nil {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, n)
}
