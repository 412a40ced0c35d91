package gin

// c.AbortWithStatus(403) followed by return guards the query.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodAbortReturn(c *gin.Context) {
	uid := c.Param("user_id")
	if uid != c.GetString("sub") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	listNotes(c, rows, err)
}
