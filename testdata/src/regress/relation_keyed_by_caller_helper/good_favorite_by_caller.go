package relation_keyed_by_caller_helper

// The favourite row is created for the caller's reader row: anyone may
// favourite any public article, and only as themselves.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodFavoriteByCaller(c *gin.Context) {
	me := c.MustGet("me").(User)
	reader := s.readerOf(me)
	var fav Favorite
	if err := s.db.FirstOrCreate(&fav, &Favorite{ArticleSlug: c.Param("slug"), ReaderID: reader.ID}).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
