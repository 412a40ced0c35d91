// Package store implements the controller's interface with database/sql.
package store

import (
	"context"
	"database/sql"

	"regress/pending_foreign_handler/controller"
)

// Tasks is the SQL task repository.
type Tasks struct{ DB *sql.DB }

func (t *Tasks) ByID(ctx context.Context, id string) (controller.Task, error) {
	var task controller.Task
	err := t.DB.QueryRowContext(ctx, `SELECT id, user_id, title FROM tasks WHERE id = $1`, id).Scan(&task.ID, &task.UserID, &task.Title)
	return task, err
}

func (t *Tasks) OwnedByID(ctx context.Context, id, userID string) (controller.Task, error) {
	var task controller.Task
	err := t.DB.QueryRowContext(ctx, `SELECT id, user_id, title FROM tasks WHERE id = $1 AND user_id = $2`, id, userID).Scan(&task.ID, &task.UserID, &task.Title)
	return task, err
}
