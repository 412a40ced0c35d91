package articles

// Any caller deletes any article by its slug; the caller is read only to
// log the deletion. The finding stands where app mounts it behind
// Middleware(true).

import (
	"log"

	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) Delete(c *gin.Context) { // want Delete:`findings\(path parameter "slug" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject\)`
	log.Printf("article deleted by %s", auth.Current(c).Name)
	if _, err := h.DB.Exec(`DELETE FROM articles WHERE slug = $1`, c.Param("slug")); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
