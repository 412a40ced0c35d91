// Package route registers the controller's handlers behind JWT middleware
// over a repository its caller chooses: what Get runs is known only
// there, so Register passes Get's call on in its summary.
package route

import (
	"authgin"

	"regress/pending_foreign_handler/controller"

	"github.com/gin-gonic/gin"
)

func Register(r *gin.Engine, repo controller.TaskGetter, secret []byte) { // want Register:`pending\(controller.\(\*TaskController\).Get \(regress/pending_foreign_handler/controller.TaskGetter\).ByID\)`
	protected := r.Group("/v2", authgin.Middleware(secret))
	tc := &controller.TaskController{Repo: repo}
	protected.GET("/tasks/:id", tc.Get)
	protected.GET("/my/tasks/:id", tc.GetOwned)
}
