package gin_group_use_chain

// Same registration; the query is scoped by the subject.

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) goodUseChainScoped(c *gin.Context) {
	n, ok := s.load(c, `SELECT id, owner_id, body FROM notes WHERE id = $1 AND owner_id = $2`, c.Param("id"), authgin.Subject(c))
	if !ok {
		return
	}
	c.JSON(http.StatusOK, n)
}
