// Package notfoundfw holds the notfound scenarios on echo, gin and ent:
// an error returned to echo is answered by echo's error handler.
package notfoundfw

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"gorm.io/gorm"

	"authecho"
	"authgin"
	"entcases/ent"
)

type server struct {
	notes  *mongo.Collection
	gdb    *gorm.DB
	client *ent.Client
}

type item struct {
	ID      int64  `json:"id" bson:"_id"`
	OwnerID string `json:"owner_id" bson:"owner"`
}

func writeJSON(w http.ResponseWriter, v any) { _ = json.NewEncoder(w).Encode(v) }

func (s *server) echoRoutes(e *echo.Echo, secret []byte) {
	g := e.Group("/api", authecho.Middleware(secret))
	g.GET("/a/:id", s.badEchoDecode)
	g.GET("/b/:id", s.goodEchoReturnsErr)
}

func (s *server) ginRoutes(r *gin.Engine, secret []byte) {
	api := r.Group("/api", authgin.Middleware(secret))
	api.GET("/a/:id", s.badGinFirst)
	api.GET("/b/:id", s.goodGinAbort)
}
