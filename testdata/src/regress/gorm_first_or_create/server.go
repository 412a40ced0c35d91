// Package gorm_first_or_create: gorm's FirstOrCreate returns the row its
// conditions find and inserts one, from those conditions, only when none
// matches. It reads an object, and changes none, unless Assign gives
// values to set on the row it finds. (gin realworld: the author's profile
// row, got or created for an article list.)
package gorm_first_or_create

import (
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"authgin"
)

// Profile is one user's public profile row.
type Profile struct {
	ID     uint
	UserID string
	Bio    string
}

// Follow says that Follower follows UserID.
type Follow struct {
	ID       uint
	UserID   string
	Follower string
}

type server struct{ db *gorm.DB }

func (s *server) routes(r *gin.Engine, secret []byte) {
	api := r.Group("/api", authgin.Middleware(secret))
	api.GET("/profiles/:user", s.badProfileShown)
	api.POST("/profiles/:user/follow", s.goodFollow)
	api.PUT("/profiles/:user/bio", s.badBioAssigned)
	api.GET("/profiles/:user/touch", s.goodProfileEnsured)
}
