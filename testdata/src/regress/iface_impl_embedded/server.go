package iface_impl_embedded

import (
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

type server struct{ store store }

func (s *server) routes(secret []byte) *gin.Engine {
	r := gin.New()
	api := r.Group("/api", authgin.Middleware(secret))
	api.GET("/notes/:id", s.badPromotedMethod)
	api.GET("/mine/notes/:id", s.goodPromotedMethodChecked)
	return r
}

func abort404(c *gin.Context) { c.AbortWithStatus(http.StatusNotFound) }
