package method_filtered_route

// GET requests skip the token: anyone may read any article, by design.

import "github.com/gofiber/fiber/v2"

func (s *server) goodFilteredRead(c *fiber.Ctx) error {
	var body string
	if err := s.db.QueryRow(`SELECT body FROM articles WHERE slug = $1`, c.Params("slug")).Scan(&body); err != nil {
		return fiber.ErrNotFound
	}
	return c.SendString(body)
}
