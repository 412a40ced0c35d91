package method_filtered_route

// The filter skips GET only: a DELETE is authenticated, and removes any
// article by the slug the client chose.

import "github.com/gofiber/fiber/v2"

func (s *server) badFilteredDelete(c *fiber.Ctx) error {
	if _, err := s.db.Exec(`DELETE FROM articles WHERE slug = $1`, c.Params("slug")); err != nil { // want `path parameter "slug" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}
