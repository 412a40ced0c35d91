// Package struct_literal_condition: gorm repository helpers that take the
// condition as a value, called with a composite literal holding the
// request id: findArticle(&article{Slug: slug}), deleteComments([]uint{id}).
// The id reaches the helper's query through the literal's field or element.
package struct_literal_condition

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type article struct {
	ID       uint   `json:"id"`
	Slug     string `json:"slug"`
	AuthorID string `json:"author_id"`
	Title    string `json:"title"`
}

type comment struct {
	ID        uint   `json:"id"`
	ArticleID uint   `json:"article_id"`
	AuthorID  string `json:"author_id"`
}

type repo struct{ db *gorm.DB }

// findArticle loads the first article matching the condition struct.
func (r *repo) findArticle(condition interface{}) (article, error) {
	var a article
	if err := r.db.Where(condition).First(&a).Error; err != nil {
		return a, err
	}
	return a, nil
}

// deleteComments deletes the comments whose ids are listed.
func (r *repo) deleteComments(ids []uint) error {
	res := r.db.Where("id IN ?", ids).Delete(&comment{})
	if res.Error != nil {
		return res.Error
	}
	return nil
}

type server struct{ repo *repo }

func (s *server) routes(secret []byte) *gin.Engine {
	r := gin.New()
	api := r.Group("/api", authgin.Middleware(secret))
	api.PUT("/articles/:slug", s.badStructLiteral)
	api.DELETE("/comments/:id", s.badSliceLiteral)
	api.GET("/mine/articles/:slug", s.goodStructLiteralScoped)
	return r
}

func notFound(c *gin.Context) { c.AbortWithStatus(http.StatusNotFound) }
