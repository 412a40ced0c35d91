package articles

// Anyone reads any article; the caller, when there is one, only marks
// their own. app mounts it behind Middleware(false).

import (
	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) Get(c *gin.Context) { // want Get:`findings\(path parameter "slug" reaches \(\*sql\.DB\)\.QueryRow with no check against the JWT subject\)`
	var a Article
	if err := h.DB.QueryRow(`SELECT slug, author_id, body FROM articles WHERE slug = $1`, c.Param("slug")).Scan(&a.Slug, &a.AuthorID, &a.Body); err != nil {
		c.AbortWithStatus(404)
		return
	}
	a.Mine = a.AuthorID == auth.Current(c).ID
	c.JSON(200, a)
}
