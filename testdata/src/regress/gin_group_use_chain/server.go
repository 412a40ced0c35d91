// Package gin_group_use_chain: gin's Use returns the group it was called
// on (as gin.IRoutes); routes added on that result run behind the
// middleware, exactly as if added on the group.
package gin_group_use_chain

import (
	"database/sql"
	"net/http"

	"authgin"

	"github.com/gin-gonic/gin"
)

type server struct{ db *sql.DB }

type note struct {
	ID      int64  `json:"id"`
	OwnerID string `json:"owner_id"`
	Body    string `json:"body"`
}

func (s *server) load(c *gin.Context, query string, args ...any) (note, bool) {
	var n note
	if err := s.db.QueryRowContext(c, query, args...).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return n, false
	}
	return n, true
}

func (s *server) routes(secret []byte) *gin.Engine {
	r := gin.New()
	// Group(...).Use(mw) chained: the result is the group, middleware included.
	authed := r.Group("/api").Use(authgin.Middleware(secret))
	authed.GET("/notes/:id", s.badUseChainResult)
	authed.GET("/mine/notes/:id", s.goodUseChainScoped)

	// Engine.Use result, likewise.
	all := r.Use(authgin.Middleware(secret))
	all.DELETE("/notes/:id", s.badEngineUseResult)
	return r
}
