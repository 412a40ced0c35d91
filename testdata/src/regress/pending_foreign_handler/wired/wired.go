// Package wired registers the controller's handlers behind JWT middleware
// and wires the store in: the first package that sees the handler's
// interface call and what it runs, so the finding stands at the
// registration and names the handler.
package wired

import (
	"database/sql"

	"authgin"

	"regress/pending_foreign_handler/controller"
	"regress/pending_foreign_handler/store"

	"github.com/gin-gonic/gin"
)

func Setup(r *gin.Engine, db *sql.DB, secret []byte) {
	protected := r.Group("/api")
	protected.Use(authgin.Middleware(secret))
	tc := &controller.TaskController{Repo: &store.Tasks{DB: db}}
	protected.GET("/tasks/:id", tc.Get) // want `handler controller.\(\*TaskController\).Get: path parameter "id" reaches controller.\(TaskGetter\).ByID → \(\*sql.DB\).QueryRowContext with no check against the JWT subject`
	protected.GET("/my/tasks/:id", tc.GetOwned)
}
