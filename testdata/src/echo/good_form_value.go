package echo

// c.FormValue("note_id") names the note; the DELETE is scoped by the
// subject of the claims read with c.Get("claims").(*authecho.Claims).

import (
	"net/http"

	"authecho"

	"github.com/labstack/echo/v4"
)

func (s *server) goodFormValue(c echo.Context) error {
	id := c.FormValue("note_id")
	claims := c.Get("claims").(*authecho.Claims)
	if _, err := s.db.ExecContext(c.Request().Context(), `DELETE FROM notes WHERE id = $1 AND owner_id = $2`, id, claims.Subject); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
