package iface_impl_embedded

// The same promoted method, with the note's owner compared with the
// subject before the note is written.

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodPromotedMethodChecked(c *gin.Context) {
	var req struct {
		ID int64 `uri:"id" binding:"required"`
	}
	if err := c.ShouldBindUri(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	n, err := s.store.getNote(c, req.ID)
	if err != nil {
		abort404(c)
		return
	}
	if n.OwnerID != authgin.Subject(c) {
		abort404(c)
		return
	}
	c.JSON(http.StatusOK, n)
}
