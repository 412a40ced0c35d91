package method_filtered_route

// A route for every method takes GET too, so anonymous callers reach it:
// what it reads is public.

import "github.com/gofiber/fiber/v2"

func (s *server) goodFilteredAnyMethod(c *fiber.Ctx) error {
	var body string
	if err := s.db.QueryRow(`SELECT body FROM articles WHERE slug = $1`, c.Params("slug")).Scan(&body); err != nil {
		return fiber.ErrNotFound
	}
	return c.SendString(body)
}
