// Package controller holds gin handlers that reach tasks through an
// interface they declare; the packages that register them wire the
// implementation in. It sees neither the routes nor the store.
package controller

import (
	"context"
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

// Task is a to-do of one user.
type Task struct {
	ID     string
	UserID string
	Title  string
}

// TaskGetter loads tasks.
type TaskGetter interface {
	ByID(ctx context.Context, id string) (Task, error)
	OwnedByID(ctx context.Context, id, userID string) (Task, error)
}

// TaskController serves one task.
type TaskController struct {
	Repo TaskGetter
}

// Get loads any task by the path id: the BOLA, known only where the
// implementation is wired in.
func (tc *TaskController) Get(c *gin.Context) { // want Get:`findings\(pending \(regress/pending_foreign_handler/controller.TaskGetter\).ByID\)`
	task, err := tc.Repo.ByID(c, c.Param("id"))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, task)
}

// GetOwned confines the load to the caller's tasks.
func (tc *TaskController) GetOwned(c *gin.Context) {
	task, err := tc.Repo.OwnedByID(c, c.Param("id"), authgin.Subject(c))
	if err != nil {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	c.JSON(http.StatusOK, task)
}
