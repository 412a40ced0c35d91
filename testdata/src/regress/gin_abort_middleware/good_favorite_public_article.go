package gin_abort_middleware

// Behind auth(true) the reader favourites an article: it is read by slug
// through articleBySlug, as the route behind auth(false) reads it for
// anyone, so it is public here too; the favourite row is the caller's.

import "github.com/gin-gonic/gin"

func (s *server) goodFavoritePublicArticle(c *gin.Context) {
	a, _, err := s.articleBySlug(c.Param("slug"))
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	if _, err := s.db.Exec(`INSERT INTO favorites (slug, user_id) VALUES ($1, $2)`, a.Slug, c.GetString("user_id")); err != nil {
		c.AbortWithStatus(500)
		return
	}
	c.JSON(200, a)
}
