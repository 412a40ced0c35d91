package relation_keyed_by_caller_helper // want package:`keys\(subject ; claims const me\)`

// The reader row is looked up by an email the client chose: the caller
// removes another user's favourites. (Loading, or creating, that user's
// reader row changes no object; the delete does.)

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badUnfavoriteForAnyone(c *gin.Context) {
	_ = c.MustGet("me").(User)
	reader := s.readerByEmail(c.Param("email"))
	if err := s.db.Where(Favorite{ArticleSlug: c.Param("slug"), ReaderID: reader.ID}).Delete(Favorite{}).Error; err != nil { // want `path parameter "email" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
