package principals

// gin with cookie sessions: the path user id must equal
// ginsession.GetUserID(c).

import (
	"net/http"

	"ginsession"

	"github.com/gin-gonic/gin"
)

func (s *server) goodGinGetUserID(c *gin.Context) {
	uid := c.Param("user_id")
	if uid != ginsession.GetUserID(c) {
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
