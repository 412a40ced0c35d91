package articles

// Behind optional authentication anyone, signed in or not, deletes any
// comment by its id; the caller, when there is one, is only logged. The
// write is a flaw either way; it stands where app mounts it.

import (
	"log"

	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) DeleteComment(c *gin.Context) { // want DeleteComment:`findings\(path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject\)`
	log.Printf("comment deleted by %q", auth.Current(c).Name)
	if _, err := h.DB.Exec(`DELETE FROM comments WHERE id = $1`, c.Param("id")); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
