package relation_keyed_by_caller_helper // want package:`keys\(subject ; claims const me\)`

// The reader row is looked up by an email the client chose: the caller
// creates another user's reader row and removes their favourites.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badUnfavoriteForAnyone(c *gin.Context) {
	_ = c.MustGet("me").(User)
	reader := s.readerByEmail(c.Param("email"))                                                                              // want `path parameter "email" reaches relation_keyed_by_caller_helper.\(\*server\).readerByEmail → \(\*gorm\.DB\)\.FirstOrCreate with no check against the JWT subject`
	if err := s.db.Where(Favorite{ArticleSlug: c.Param("slug"), ReaderID: reader.ID}).Delete(Favorite{}).Error; err != nil { // want `path parameter "email" reaches \(\*gorm\.DB\)\.Delete with no check against the JWT subject`
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusNoContent)
}
