package method_filtered_route

// A PUT is not skipped: the caller is authenticated and overwrites any
// note by the id the client chose.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) badSkipperUpdate(c echo.Context) error {
	if _, err := s.db.Exec(`UPDATE notes SET body = $1 WHERE id = $2`, c.FormValue("body"), c.Param("id")); err != nil { // want `path parameter "id" reaches \(\*sql\.DB\)\.Exec with no check against the JWT subject`
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
