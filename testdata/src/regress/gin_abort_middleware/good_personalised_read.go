package gin_abort_middleware

// Behind auth(false) anyone reads any article; the caller, when known,
// only personalises the answer.

import "github.com/gin-gonic/gin"

type article struct {
	Slug, Body string
	Mine       bool
}

func (s *server) goodPersonalisedRead(c *gin.Context) {
	a, author, err := s.articleBySlug(c.Param("slug"))
	if err != nil {
		c.AbortWithStatus(404)
		return
	}
	a.Mine = author == c.GetString("user_id")
	c.JSON(200, a)
}

// articleBySlug loads an article, which anyone may read, and its author.
func (s *server) articleBySlug(slug string) (article, string, error) {
	var a article
	var author string
	err := s.db.QueryRow(`SELECT slug, body, author_id FROM articles WHERE slug = $1`, slug).Scan(&a.Slug, &a.Body, &author)
	return a, author, err
}
