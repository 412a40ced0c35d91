package gin

// c.AbortWithStatus(403) without return: Abort stops later handlers, not
// this one, so the query still runs for a foreign user id.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badAbortNoReturn(c *gin.Context) {
	uid := c.Param("user_id")
	if uid != c.GetString("sub") {
		c.AbortWithStatus(http.StatusForbidden)
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	listNotes(c, rows, err)
}
