// Package app wires the store into route.Register: the finding stands at
// that call and names the handler.
package app

import (
	"database/sql"

	"regress/pending_foreign_handler/route"
	"regress/pending_foreign_handler/store"

	"github.com/gin-gonic/gin"
)

func run(db *sql.DB, secret []byte) *gin.Engine {
	r := gin.New()
	route.Register(r, &store.Tasks{DB: db}, secret) // want `handler controller.\(\*TaskController\).Get: path parameter "id" reaches controller.\(TaskGetter\).ByID → \(\*sql.DB\).QueryRowContext with no check against the JWT subject`
	return r
}
