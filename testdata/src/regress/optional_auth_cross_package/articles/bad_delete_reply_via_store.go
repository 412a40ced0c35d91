package articles

// The same flaw through the comment store, whose implementation only app
// sees: anyone deletes any reply, behind optional authentication.

import (
	"log"

	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/auth"
)

func (h *Handlers) DeleteReply(c *gin.Context) { // want DeleteReply:`findings\(pending \(regress/optional_auth_cross_package/articles.CommentStore\).Delete\)`
	log.Printf("reply deleted by %q", auth.Current(c).Name)
	if err := h.Comments.Delete(c.Param("id")); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.Status(204)
}
