package resource_ctx_middleware

// gin's version: the middleware loads the note by the path id into the
// gin context with c.Set and lets the chain go on; the handler serves it.

import (
	"authgin"

	"github.com/gin-gonic/gin"
)

func (s *server) badGinNoteCtx(c *gin.Context) {
	var n note
	if err := s.db.QueryRowContext(c, `SELECT id, owner_id, body FROM notes WHERE id = $1`, c.Param("noteID")).Scan(&n.ID, &n.OwnerID, &n.Body); err != nil { // want `path parameter "noteID" reaches \(\*sql\.DB\)\.QueryRowContext with no check against the JWT subject`
		c.AbortWithStatus(404)
		return
	}
	c.Set("note", n)
	c.Next()
}

func getGinNote(c *gin.Context) {
	n, _ := c.Get("note")
	c.JSON(200, n)
}

func (s *server) ginRoutes(secret []byte) *gin.Engine {
	r := gin.New()
	g := r.Group("/notes/:noteID", authgin.Middleware(secret))
	g.Use(s.badGinNoteCtx)
	g.GET("", getGinNote)
	return r
}
