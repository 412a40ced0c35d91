package gin

// ShouldBindUri fills a `uri:"id"` field; the note is loaded by it alone.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badShouldBindURI(c *gin.Context) {
	var req struct {
		ID int64 `uri:"id" binding:"required"`
	}
	if err := c.ShouldBindUri(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var n note
	err := s.db.QueryRowContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, req.ID).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
