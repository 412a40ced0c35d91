package gin

// c.Query("owner") is compared with the subject of the claims the
// middleware stored, read with c.MustGet("claims").(*authgin.Claims).

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodQuery(c *gin.Context) {
	owner := c.Query("owner")
	claims := c.MustGet("claims").(*authgin.Claims)
	if owner != claims.Subject {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "forbidden"})
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	listNotes(c, rows, err)
}
