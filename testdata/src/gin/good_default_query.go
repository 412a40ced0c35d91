package gin

// c.DefaultQuery("owner", "") is compared with the subject read through the
// authgin.Subject helper.

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodDefaultQuery(c *gin.Context) {
	owner := c.DefaultQuery("owner", "")
	if owner != authgin.Subject(c) {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	listNotes(c, rows, err)
}
