package echo

// c.Param("user_id") is compared with the "sub" claim of the token echo-jwt
// stored under "user"; a mismatch returns echo.NewHTTPError(403).

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

func (s *server) goodParam(c echo.Context) error {
	uid := c.Param("user_id")
	token := c.Get("user").(*jwt.Token)
	claims := token.Claims.(jwt.MapClaims)
	sub, _ := claims["sub"].(string)
	if uid != sub {
		return echo.NewHTTPError(http.StatusForbidden, "forbidden")
	}
	rows, err := s.db.QueryContext(c.Request().Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
	return listNotes(c, rows, err)
}
