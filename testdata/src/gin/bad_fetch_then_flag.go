package gin

// The note is fetched by c.Param("id") and ownership only sets a "mine"
// flag in the response: the foreign note is still returned.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badFetchThenFlag(c *gin.Context) {
	var n note
	err := s.db.QueryRowContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, c.Param("id")).Scan(&n.ID, &n.OwnerID, &n.Body) // want `path parameter "id" reaches \(\*sql\.DB\)\.QueryRowContext`
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	n.Mine = n.OwnerID == c.GetString("sub")
	c.JSON(http.StatusOK, n)
}
