package echov5

// c.FormValue("note_id") names the note to delete; nothing scopes the
// DELETE.

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func (s *server) badFormValue(c *echo.Context) error {
	id := c.FormValue("note_id")
	if _, err := s.db.ExecContext(c.Request().Context(), `DELETE FROM notes WHERE id = $1`, id); err != nil { // want `form value "note_id" reaches \(\*sql\.DB\)\.ExecContext`
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
