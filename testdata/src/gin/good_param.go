package gin

// c.Param("user_id") is compared with c.GetString("sub"); a mismatch aborts
// with 403 and returns.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodParam(c *gin.Context) {
	uid := c.Param("user_id")
	if uid != c.GetString("sub") {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	listNotes(c, rows, err)
}
