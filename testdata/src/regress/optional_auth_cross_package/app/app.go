// Package app wires the realworld way: optional authentication for the
// public reads, then required authentication for the rest. An article
// the public route serves to anyone is public behind required
// authentication too; a draft is not.
package app

import (
	"database/sql"

	"github.com/gin-gonic/gin"

	"regress/optional_auth_cross_package/articles"
	"regress/optional_auth_cross_package/auth"
	"regress/optional_auth_cross_package/store"
)

func routes(db *sql.DB) *gin.Engine {
	r := gin.New()
	h := &articles.Handlers{DB: db, Comments: &store.Comments{DB: db}}
	v1 := r.Group("/api")
	v1.Use(auth.Middleware(false))
	h.RegisterPublic(v1.Group("/articles"))
	h.RegisterComments(v1.Group("/articles")) // want `handler articles.\(\*Handlers\).DeleteComment, registered behind optional authentication through articles.\(\*Handlers\).RegisterComments: path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject` `handler articles.\(\*Handlers\).DeleteReply: path parameter "id" reaches articles.\(CommentStore\).Delete → \(\*sql\.DB\)\.Exec with no check against the JWT subject`
	v1.Use(auth.Middleware(true))
	h.RegisterPrivate(v1.Group("/articles")) // want `handler articles.\(\*Handlers\).Delete, registered behind JWT middleware through articles.\(\*Handlers\).RegisterPrivate: path parameter "slug" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject` `handler articles.\(\*Handlers\).Draft, registered behind JWT middleware through articles.\(\*Handlers\).RegisterPrivate: path parameter "slug" reaches articles.\(\*Handlers\).draftBySlug → \(\*sql\.DB\)\.QueryRow with no check against the JWT subject`
	return r
}
