package gin

// owner, ok := c.GetQuery("owner") is also compared with c.GetString("sub").

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodGetQuery(c *gin.Context) {
	owner, ok := c.GetQuery("owner")
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if owner != c.GetString("sub") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, owner)
	listNotes(c, rows, err)
}
