package gin

// ShouldBindUri fills a `uri:"id"` field; the query is scoped by the
// subject (WHERE id = $1 AND owner_id = $2).

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodShouldBindURI(c *gin.Context) {
	var req struct {
		ID int64 `uri:"id" binding:"required"`
	}
	if err := c.ShouldBindUri(&req); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var n note
	err := s.db.QueryRowContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, req.ID, c.GetString("sub")).Scan(&n.ID, &n.OwnerID, &n.Body)
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
