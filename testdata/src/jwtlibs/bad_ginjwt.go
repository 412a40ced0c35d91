package jwtlibs

// appleboy/gin-jwt: mw.MiddlewareFunc() guards the group; the handler
// lists the notes of the path user id without a check.

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func (s *server) badGinJWT(c *gin.Context) {
	uid := c.Param("user_id")
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid) // want `path parameter "user_id" reaches \(\*sql\.DB\)\.QueryContext`
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	var out []note
	for rows.Next() {
		var n note
		_ = rows.Scan(&n.ID, &n.OwnerID, &n.Body)
		out = append(out, n)
	}
	c.JSON(http.StatusOK, out)
}
