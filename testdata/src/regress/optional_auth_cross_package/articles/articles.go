// Package articles registers its handlers on routers it is given; the
// middleware in front of them is chosen in package app.
package articles

import (
	"database/sql"

	"github.com/gin-gonic/gin"
)

// Article is public; its author may edit it.
type Article struct {
	Slug     string `json:"slug"`
	AuthorID string `json:"author_id"`
	Body     string `json:"body"`
	Mine     bool   `json:"mine"`
}

// Handlers serves articles.
type Handlers struct{ DB *sql.DB }

// RegisterPublic mounts what anyone may read.
func (h *Handlers) RegisterPublic(r *gin.RouterGroup) { // want RegisterPublic:`routes\(arg1: 1 findings\)`
	r.GET("/:slug", h.Get)
}

// RegisterComments mounts the comments, behind whatever app chose.
func (h *Handlers) RegisterComments(r *gin.RouterGroup) { // want RegisterComments:`routes\(arg1: 1 findings\)`
	r.DELETE("/:slug/comments/:id", h.DeleteComment)
}

// RegisterPrivate mounts what the author changes.
func (h *Handlers) RegisterPrivate(r *gin.RouterGroup) { // want RegisterPrivate:`routes\(arg1: 1 findings\)`
	r.DELETE("/:slug", h.Delete)
}
