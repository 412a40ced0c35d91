// Package relation_keyed_by_caller_helper: the middleware loads the
// caller's user row by the subject and stores it; a helper loads (or
// creates) the caller's profile row keyed by that user's id, and a
// favourite is written keyed by the article the client chose and that
// profile. The relation is the caller's own: the helper's result is the
// caller's record (the realworld API's favoriteBy(GetArticleUserModel(me))).
package relation_keyed_by_caller_helper

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string
}

// Reader is the caller's profile as a reader of articles.
type Reader struct {
	ID     uint
	UserID uint
	User   User
}

type Favorite struct {
	ID          uint
	ArticleSlug string
	ReaderID    uint
}

type server struct {
	db     *gorm.DB
	secret []byte
}

// auth verifies the token and stores the caller's user row.
func (s *server) auth(c *gin.Context) {
	raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
	claims := new(jwt.RegisteredClaims)
	if _, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return s.secret, nil }); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s.storeCaller(c, claims.Subject)
	c.Next()
}

// storeCaller loads the user row of email and stores it for the handlers.
func (s *server) storeCaller(c *gin.Context, email string) {
	var me User
	if email != "" {
		s.db.Where("email = ?", email).First(&me)
	}
	c.Set("me", me)
}

// readerOf loads, or creates, the reader row of user u.
func (s *server) readerOf(u User) Reader {
	var r Reader
	if u.ID == 0 {
		return r
	}
	s.db.Where(&Reader{UserID: u.ID}).FirstOrCreate(&r)
	r.User = u
	return r
}

// readerByEmail loads the reader row of the user with that email.
func (s *server) readerByEmail(email string) Reader {
	var u User
	s.db.Where("email = ?", email).First(&u)
	var r Reader
	s.db.Where(&Reader{UserID: u.ID}).FirstOrCreate(&r)
	return r
}

// The same shape as model methods over a package-level connection: the
// caller's row is passed down as a value and its embedded gorm.Model ID
// keys the relation.

var conn *gorm.DB

type Member struct {
	gorm.Model
	User   User
	UserID uint
}

type Article struct {
	gorm.Model
	Slug string
}

type Like struct {
	ID       uint
	Article  uint
	MemberID uint
}

// memberOf loads, or creates, the member row of user u.
func memberOf(u User) Member {
	var m Member
	if u.ID == 0 {
		return m
	}
	conn.Where(&Member{UserID: u.ID}).FirstOrCreate(&m)
	m.User = u
	return m
}

// likedBy records that member m likes the article.
func (a Article) likedBy(m Member) error {
	var like Like
	return conn.FirstOrCreate(&like, &Like{Article: a.ID, MemberID: m.ID}).Error
}

func (s *server) routes(r *gin.Engine) {
	g := r.Group("/api", s.auth)
	g.POST("/articles/:slug/favorite", s.goodFavoriteByCaller)
	g.DELETE("/articles/:slug/favorite", s.goodUnfavoriteByCaller)
	g.DELETE("/readers/:email/favorites/:slug", s.badUnfavoriteForAnyone)
	g.POST("/articles/:slug/like", s.goodLikeByCaller)
}
