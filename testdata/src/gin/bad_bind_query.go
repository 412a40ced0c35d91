package gin

// ShouldBindQuery fills a `form:"owner"` field that selects the notes.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badBindQuery(c *gin.Context) {
	var q struct {
		Owner string `form:"owner"`
		Limit int    `form:"limit"`
	}
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1 LIMIT $2`, q.Owner, q.Limit) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	listNotes(c, rows, err)
}
