package gin_group_use_chain

// Registered on r.Group("/api").Use(mw): behind the JWT middleware, and the
// note is read by the path id alone.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badUseChainResult(c *gin.Context) {
	var n note
	if err := s.db.QueryRowContext(c, `SELECT id, owner_id, body FROM notes WHERE id = $1`, c.Param("id")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, n)
}
