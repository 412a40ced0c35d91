// Package app wires store into api: the first package that sees both the
// handler and the implementation its interface call runs. (Where the
// finding stands is the lead's call; this line is the proposal.)
package app

import (
	"regress/iface_impl_unimported/api"
	"regress/iface_impl_unimported/store"

	"github.com/gofiber/fiber/v2"
	"gorm.io/gorm"
)

func run(db *gorm.DB, secret []byte) *fiber.App {
	app := fiber.New()
	h := api.New(store.New(db))
	h.Register(app, secret) // want `path parameter "id" reaches .*\(\*gorm\.DB\)\.First with no check against the JWT subject`
	return app
}
