// Package fiberv3 holds the fiber v3 scenarios: func(fiber.Ctx) error
// handlers behind the authfiberv3 JWT middleware, database/sql as the store.
package fiberv3

import (
	"database/sql"

	"authfiberv3"

	"github.com/gofiber/fiber/v3"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

// listNotes writes the rows as JSON; it reads no request value.
func listNotes(c fiber.Ctx, rows *sql.Rows, err error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	return c.JSON(out)
}

// routes wires the handlers. Those that read no subject are authenticated
// only by where they are registered: a group created with the middleware,
// a group that Uses it, or the middleware before the handler on the route
// (v3 runs handler, handlers... in order; the last is the endpoint).
func (s *server) routes(secret []byte) *fiber.App {
	app := fiber.New()
	mw := authfiberv3.Middleware(secret)

	// Group created with the middleware.
	api := app.Group("/api", mw)
	api.Get("/users/:user_id/notes", s.badParams)
	api.Get("/users/:user_id/notes2", s.goodParams)
	api.Get("/notes/:id", s.badParamsGeneric)
	api.Get("/notes2/:id", s.goodParamsGeneric)
	api.Delete("/notes/:id", s.badBindURI)
	api.Delete("/notes2/:id", s.goodBindURI)

	// Group that Uses the middleware.
	v2 := app.Group("/v2")
	v2.Use(mw)
	v2.Get("/notes", s.badQuery)
	v2.Get("/notes2", s.goodQuery)
	v2.Get("/filter", s.badBindQuery)
	v2.Get("/filter2", s.goodBindQuery)
	v2.Get("/guard/notes", s.badGuardFallsThrough)
	v2.Get("/guard2/notes", s.goodGuardReturns)

	// Middleware before the handler on the route itself.
	app.Get("/byid", mw, s.badQueryGeneric)
	app.Get("/byid2", mw, s.goodQueryGeneric)

	// Public: no middleware.
	app.Get("/public/notes/:id", s.goodPublic)
	return app
}
