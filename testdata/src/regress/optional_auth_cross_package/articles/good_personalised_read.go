package articles

// Anyone reads any article; the caller, when there is one, only marks
// their own. app mounts it behind Middleware(false).

import (
	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) Get(c *gin.Context) { // want Get:`findings\(path parameter "slug" reaches articles\.\(\*Handlers\)\.bySlug → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject\)`
	a, err := h.bySlug(c.Param("slug"))
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	a.Mine = a.AuthorID == auth.Current(c).ID
	c.JSON(200, a)
}
