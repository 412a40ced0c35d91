package gin

// The note is fetched by c.Param("id") and its owner compared with the
// subject before c.JSON writes it.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodFetchThenCheck(c *gin.Context) {
	var n note
	err := s.db.QueryRowContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE id = $1`, c.Param("id")).Scan(&n.ID, &n.OwnerID, &n.Body)
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if n.OwnerID != c.GetString("sub") {
		c.AbortWithStatusJSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	n.Mine = true
	c.JSON(http.StatusOK, n)
}
