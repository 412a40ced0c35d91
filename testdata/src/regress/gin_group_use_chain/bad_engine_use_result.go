package gin_group_use_chain

// Registered on the IRoutes that Engine.Use returned: any note is deleted
// by the path id.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badEngineUseResult(c *gin.Context) {
	if _, err := s.db.ExecContext(c, `DELETE FROM notes WHERE id = $1`, c.Param("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.ExecContext with no check against the JWT subject`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
