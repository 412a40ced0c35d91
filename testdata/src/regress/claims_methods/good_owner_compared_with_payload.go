package claims_methods

// Fetch-then-check: the account's owner is compared with the payload's
// Username before the account is written.

import (
	"net/http"

	"regress/claims_methods/token"

	"github.com/gin-gonic/gin"
)

func (s *server) goodOwnerComparedWithPayload(c *gin.Context) {
	a, err := s.account(c, c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	p := c.MustGet(token.PayloadKey).(*token.Payload)
	if a.Owner != p.Username {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, a)
}
