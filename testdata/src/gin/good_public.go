package gin

// A public route outside every group: no middleware, no subject read.
// Reading an id is fine here.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodPublic(c *gin.Context) {
	var n note
	if err := s.db.QueryRowContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1 AND public`, c.Param("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
