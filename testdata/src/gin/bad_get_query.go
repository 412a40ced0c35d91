package gin

// owner, ok := c.GetQuery("owner"): presence is checked, ownership is not.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badGetQuery(c *gin.Context) {
	owner, ok := c.GetQuery("owner")
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner) // want `query parameter "owner" reaches \(\*sql\.DB\)\.QueryContext`
	listNotes(c, rows, err)
}
