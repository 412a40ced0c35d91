package jwtlibs

// echo-jwt: the group's echojwt.JWT middleware authenticates; the handler
// never looks at the token it stored.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) badEchoJWT(c echo.Context) error {
	uid := c.Param("user_id")
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
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
	return c.JSON(http.StatusOK, out)
}
