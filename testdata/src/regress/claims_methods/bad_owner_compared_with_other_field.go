package claims_methods

// The payload is read, but the comparison is with a request value, not
// with the payload: no check.

import (
	"net/http"

	"regress/claims_methods/token"

	"github.com/gin-gonic/gin"
)

func (s *server) badOwnerComparedWithOtherField(c *gin.Context) {
	a, err := s.account(c, c.Param("id")) // want `path parameter "id" reaches .*\(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	p := c.MustGet(token.PayloadKey).(*token.Payload)
	if p.Username == "" || a.Owner != c.Query("owner") {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, a)
}
