package optional_auth_middleware

// Anyone reads any article; a caller who sent a token also learns whether
// they favourited it.

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func (s *server) goodPersonalisedRead(c echo.Context) error {
	var a article
	if err := s.db.QueryRow(`SELECT slug, author_id, body FROM articles WHERE slug = $1`, c.Param("slug")).Scan(&a.Slug, &a.AuthorID, &a.Body); err != nil {
		return echo.ErrNotFound
	}
	if me := viewer(c); me != "" {
		_ = s.db.QueryRow(`SELECT true FROM favorites WHERE slug = $1 AND user_id = $2`, a.Slug, me).Scan(&a.Favorited)
	}
	return c.JSON(http.StatusOK, a)
}
