// Package jwt_dgrijalva: middleware verifying tokens with
// github.com/dgrijalva/jwt-go (golang-jwt's predecessor, still in the
// realworld example apps): jwt.Parse, jwt.ParseWithClaims and
// request.ParseFromRequest verify a signature; jwt.MapClaims and
// jwt.StandardClaims hold the caller. Routes behind such middleware
// (package mw) are authenticated.
package jwt_dgrijalva

import (
	"regress/jwt_dgrijalva/mw"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type note struct {
	ID      uint   `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

type server struct{ db *gorm.DB }

func (s *server) routes() *gin.Engine {
	r := gin.New()
	a := r.Group("/a", mw.ParseAuth())
	a.GET("/notes/:id", s.badBehindParse)
	a.GET("/mine/notes/:id", s.goodMapClaimsSubject)
	b := r.Group("/b")
	b.Use(mw.RequestAuth())
	b.DELETE("/notes/:id", s.badBehindParseFromRequest)
	r.PUT("/c/notes/:id", mw.ClaimsAuth(), s.badBehindParseWithClaims)
	return r
}
