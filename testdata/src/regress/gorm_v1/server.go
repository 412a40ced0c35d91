// Package gorm_v1: gorm v1, imported as github.com/jinzhu/gorm, is the same
// library as gorm.io/gorm under its old path (still used by the realworld
// example apps): its terminal methods are data accesses with Where chains
// as conditions, exactly as for gorm v2.
package gorm_v1

import (
	"authgin"

	"github.com/gin-gonic/gin"
	"github.com/jinzhu/gorm"
)

type note struct {
	gorm.Model
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type server struct{ db *gorm.DB }

func (s *server) routes(secret []byte) *gin.Engine {
	r := gin.New()
	api := r.Group("/api", authgin.Middleware(secret))
	api.GET("/notes/:id", s.badWhereFirst)
	api.DELETE("/notes/:id", s.badDeleteInline)
	api.GET("/mine/notes/:id", s.goodWhereFirstScoped)
	return r
}
