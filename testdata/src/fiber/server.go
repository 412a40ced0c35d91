// Package fiber holds the fiber v2 scenarios: *fiber.Ctx handlers behind
// the authfiber JWT middleware, database/sql as the store.
package fiber

import (
	"database/sql"

	"authfiber"

	"github.com/gofiber/fiber/v2"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

// listNotes writes the rows as JSON; it reads no request value.
func listNotes(c *fiber.Ctx, rows *sql.Rows, err error) error {
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
// a group that Uses it, or the middleware before the handler on the route.
func (s *server) routes(secret []byte) *fiber.App {
	app := fiber.New()
	mw := authfiber.Middleware(secret)

	// Group created with the middleware.
	api := app.Group("/api", mw)
	api.Get("/users/:user_id/notes", s.badParams)
	api.Get("/users/:user_id/notes2", s.goodParams)
	api.Get("/notes/:id", s.badParamsInt)
	api.Get("/notes2/:id", s.goodParamsInt)
	api.Delete("/notes/:id", s.badParamsParser)
	api.Delete("/notes2/:id", s.goodParamsParser)

	// Group that Uses the middleware.
	v2 := app.Group("/v2")
	v2.Use(mw)
	v2.Get("/notes", s.badQuery)
	v2.Get("/notes2", s.goodQuery)
	v2.Get("/filter", s.badQueryParser)
	v2.Get("/filter2", s.goodQueryParser)
	v2.Get("/guard/notes", s.badGuardFallsThrough)
	v2.Get("/guard2/notes", s.goodGuardReturns)

	// Middleware before the handler on the route itself.
	app.Get("/byid", mw, s.badQueryInt)
	app.Get("/byid2", mw, s.goodQueryInt)

	// Public: no middleware.
	app.Get("/public/notes/:id", s.goodPublic)
	return app
}
