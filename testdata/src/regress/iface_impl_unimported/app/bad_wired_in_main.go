// Package app wires store into api: the first package that sees both the
// handler and the implementation its interface call runs: the findings
// stand at the call that wires them and name the handler.
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
	h.Register(app, secret) // want `handler api.\(\*handler\).get: path parameter "id" reaches .*\(\*gorm\.DB\)\.First with no check` `handler api.\(\*handler\).remove: path parameter "id" reaches notes.\(Store\).Delete → \(\*gorm\.DB\)\.Delete with no check`
	return app
}
