package notfoundfw

// gorm's First error is never read before c.JSON(200).

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"authgin"
)

func (s *server) badGinFirst(c *gin.Context) {
	var n item
	s.gdb.Where("owner_id = ?", authgin.Subject(c)).First(&n, c.Param("id")) // want `gorm\.ErrRecordNotFound from \(\*gorm\.DB\)\.First`
	c.JSON(http.StatusOK, n)
}
