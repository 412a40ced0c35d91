package jwtlibs

// appleboy/gin-jwt: the path user id must equal jwt.ExtractClaims(c)["id"],
// the identity claim.

import (
	"net/http"

	"github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"
)

func (s *server) goodGinJWT(c *gin.Context) {
	uid := c.Param("user_id")
	me, _ := jwt.ExtractClaims(c)["id"].(string)
	if uid != me {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	rows, err := s.db.QueryContext(c.Request.Context(), `SELECT id, owner_id, body FROM notes WHERE owner_id = $1`, uid)
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
