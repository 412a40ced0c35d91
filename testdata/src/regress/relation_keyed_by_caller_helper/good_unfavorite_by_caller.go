package relation_keyed_by_caller_helper

// The delete is confined to the caller's own favourite rows.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) goodUnfavoriteByCaller(c *gin.Context) {
	reader := s.readerOf(c.MustGet("me").(User))
	if err := s.db.Where(Favorite{ArticleSlug: c.Param("slug"), ReaderID: reader.ID}).Delete(Favorite{}).Error; err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
