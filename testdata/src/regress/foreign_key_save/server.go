// Package foreign_key_save: a repository helper saves whatever model it
// is given, db.Save(data) (jinzhu/gorm, as gin realworld). gorm selects the row by the model's primary
// key; a comment that refers to an article fetched by the request's slug
// is a new comment, not a write to the article (gin realworld). The
// caller, who knows the model's type, judges the helper's write by that
// key.
package foreign_key_save

import (
	"github.com/gin-gonic/gin"
	"github.com/jinzhu/gorm"

	"authgin"
)

// Article is public.
type Article struct {
	ID       uint
	Slug     string
	AuthorID uint
	Author   User
	Body     string
	EditedBy string
}

// User writes articles.
type User struct {
	ID   uint
	Name string
}

// Comment belongs to the user who wrote it, under an article.
type Comment struct {
	ID          uint
	ArticleID   uint
	ArticleSlug string
	Article     Article
	AuthorID    string
	Body        string
}

type server struct{ db *gorm.DB }

// saveOne saves any model.
func (s *server) saveOne(data interface{}) error {
	return s.db.Save(data).Error
}

// findArticle loads the article and its author the way gin realworld
// does (jinzhu/gorm): what it returns keeps the condition it was given.
func (s *server) findArticle(condition interface{}) (Article, error) {
	var a Article
	tx := s.db.Begin()
	tx.Where(condition).First(&a)
	tx.Model(&a).Related(&a.Author, "Author")
	err := tx.Commit().Error
	return a, err
}

func (s *server) routes(r *gin.Engine, secret []byte) {
	api := r.Group("/api", authgin.Middleware(secret))
	api.POST("/articles/:slug/comments", s.goodCommentCreate)
	api.POST("/articles/:slug/notes", s.goodNoteCreateDirect)
	api.POST("/articles/:slug/replies", s.goodReplyBySlug)
	api.PUT("/articles/:id", s.badArticleSaved)
}
