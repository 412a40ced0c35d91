package optional_auth_middleware // want package:`keys\(subject const user; claims ; anonymous const user\)`

// Behind requireJWT the caller is known, and deletes any article by slug.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) badAuthenticatedDelete(c echo.Context) error {
	if viewer(c) == "" {
		return echo.ErrUnauthorized
	}
	if _, err := s.db.Exec(`DELETE FROM articles WHERE slug = $1`, c.Param("slug")); err != nil { // want `path parameter "slug" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
