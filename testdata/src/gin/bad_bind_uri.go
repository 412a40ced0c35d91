package gin

// BindUri fills a `uri:"id"` field and the note is deleted by it alone.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badBindURI(c *gin.Context) {
	var req struct {
		ID int64 `uri:"id"`
	}
	if err := c.BindUri(&req); err != nil {
		return
	}
	if _, err := s.db.ExecContext(c.Request.Context(), `DELETE FROM notes WHERE id = $1`, req.ID); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
