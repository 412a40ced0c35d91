package optional_auth_middleware

// Behind the same optional middleware, a write by the slug the client
// chose is a flaw whether or not the caller authenticated.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) badOptionalGroupDelete(c echo.Context) error {
	me := viewer(c)
	if _, err := s.db.Exec(`DELETE FROM articles WHERE slug = $1`, c.Param("slug")); err != nil { // want `path parameter "slug" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"deleted_by": me})
}
