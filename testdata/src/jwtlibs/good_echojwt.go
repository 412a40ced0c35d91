package jwtlibs

// echo-jwt: the path user id must equal the "sub" claim of the
// c.Get("user").(*jwt.Token) the middleware stored.

import (
	"net/http"

	jwtv5 "github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

func (s *server) goodEchoJWT(c echo.Context) error {
	uid := c.Param("user_id")
	tok := c.Get("user").(*jwtv5.Token)
	sub, _ := tok.Claims.(jwtv5.MapClaims)["sub"].(string)
	if uid != sub {
		return echo.ErrForbidden
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
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
