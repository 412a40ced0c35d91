package articles

// Any signed-in caller reads any draft by slug: no route serves drafts to
// anonymous callers, so they are not public.

import (
	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) Draft(c *gin.Context) { // want Draft:`findings\(path parameter "slug" reaches articles\.\(\*Handlers\)\.draftBySlug → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject\)`
	_ = auth.Current(c)
	a, err := h.draftBySlug(c.Param("slug"))
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	c.JSON(200, a)
}
