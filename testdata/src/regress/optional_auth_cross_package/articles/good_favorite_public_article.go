package articles

// Behind required authentication the reader favourites an article: the
// article is read by slug through bySlug, as the public route reads it for
// anyone, and the favourite row is the caller's own.

import (
	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) Favorite(c *gin.Context) { // want Favorite:`findings\(path parameter "slug" reaches articles\.\(\*Handlers\)\.bySlug → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject\)`
	a, err := h.bySlug(c.Param("slug"))
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	if _, err := h.DB.Exec(`INSERT INTO favorites (slug, user_id) VALUES ($1, $2)`, a.Slug, auth.Current(c).ID); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.JSON(200, a)
}
