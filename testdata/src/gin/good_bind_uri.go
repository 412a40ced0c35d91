package gin

// BindUri fills a `uri:"id"` field; the DELETE is scoped by the subject.

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodBindURI(c *gin.Context) {
	var req struct {
		ID int64 `uri:"id"`
	}
	if err := c.BindUri(&req); err != nil {
		return
	}
	if _, err := s.db.ExecContext(c.Request.Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, req.ID, authgin.Subject(c)); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
