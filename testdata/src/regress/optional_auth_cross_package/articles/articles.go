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

// CommentStore deletes comments; app wires in the implementation.
type CommentStore interface {
	Delete(id string) error
}

// Handlers serves articles.
type Handlers struct {
	DB       *sql.DB
	Comments CommentStore
}

// RegisterPublic mounts what anyone may read.
func (h *Handlers) RegisterPublic(r *gin.RouterGroup) { // want RegisterPublic:`routes\(arg1: 1 findings\)`
	r.GET("/:slug", h.Get)
}

// RegisterComments mounts the comments, behind whatever app chose.
func (h *Handlers) RegisterComments(r *gin.RouterGroup) { // want RegisterComments:`pending\(articles.\(\*Handlers\).DeleteReply \(regress/optional_auth_cross_package/articles.CommentStore\).Delete\) routes\(arg1: 1 findings\)`
	r.DELETE("/:slug/comments/:id", h.DeleteComment)
	r.DELETE("/:slug/replies/:id", h.DeleteReply)
}

// RegisterPrivate mounts what signed-in readers and authors do.
func (h *Handlers) RegisterPrivate(r *gin.RouterGroup) { // want RegisterPrivate:`routes\(arg1: 1 findings\) routes\(arg1: 1 findings\) routes\(arg1: 1 findings\)`
	r.DELETE("/:slug", h.Delete)
	r.POST("/:slug/favorite", h.Favorite)
	r.GET("/drafts/:slug", h.Draft)
}

// bySlug loads an article, which anyone may read.
func (h *Handlers) bySlug(slug string) (Article, error) {
	var a Article
	err := h.DB.QueryRow(`SELECT slug, author_id, body FROM articles WHERE slug = $1`, slug).Scan(&a.Slug, &a.AuthorID, &a.Body)
	return a, err
}

// draftBySlug loads a draft, which is its author's alone.
func (h *Handlers) draftBySlug(slug string) (Article, error) {
	var a Article
	err := h.DB.QueryRow(`SELECT slug, author_id, body FROM drafts WHERE slug = $1`, slug).Scan(&a.Slug, &a.AuthorID, &a.Body)
	return a, err
}
