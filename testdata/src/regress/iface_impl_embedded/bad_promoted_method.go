package iface_impl_embedded

// store.getNote is (*queries).getNote promoted through sqlStore: any note
// is loaded by the bound uri id and returned.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badPromotedMethod(c *gin.Context) {
	var req struct {
		ID int64 `uri:"id" binding:"required"`
	}
	if err := c.ShouldBindUri(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	n, err := s.store.getNote(c, req.ID) // want `path parameter "id" reaches .*\(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	if err != nil {
		abort404(c)
		return
	}
	c.JSON(http.StatusOK, n)
}
