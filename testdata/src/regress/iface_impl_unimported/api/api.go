// Package api holds fiber handlers that reach the notes through the
// notes.Store interface only: clean-architecture wiring.
package api

import (
	"regress/iface_impl_unimported/notes"

	"authfiber"

	"github.com/gofiber/fiber/v2"
)

type handler struct{ notes notes.Store }

// New returns the handlers over a notes.Store.
func New(s notes.Store) *handler { return &handler{notes: s} }

// get loads any note by the path id: the BOLA.
func (h *handler) get(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	n, err := h.notes.ByID(uint(id))
	if err != nil {
		return fiber.ErrNotFound
	}
	return c.JSON(n)
}

// remove loads any note by the path id and deletes it: what the
// interface does with the note is known only where store is wired in.
func (h *handler) remove(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.ErrBadRequest
	}
	n, err := h.notes.ByID(uint(id))
	if err != nil {
		return fiber.ErrNotFound
	}
	if err := h.notes.Delete(n); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// Register puts the handlers behind the JWT middleware.
func (h *handler) Register(app *fiber.App, secret []byte) {
	g := app.Group("/api", authfiber.Middleware(secret))
	g.Get("/notes/:id", h.get)
	g.Delete("/notes/:id", h.remove)
}
