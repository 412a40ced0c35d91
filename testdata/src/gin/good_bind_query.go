package gin

// ShouldBindQuery fills a `form:"owner"` field; it must equal the subject.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodBindQuery(c *gin.Context) {
	var q struct {
		Owner string `form:"owner"`
		Limit int    `form:"limit"`
	}
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if q.Owner != c.GetString("sub") {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1 LIMIT $2`, q.Owner, q.Limit)
	listNotes(c, rows, err)
}
