package principals

// gin with cookie sessions: ginsession.GetUserID(c) is logged; the path
// user id selects the notes unchecked.

import (
	"log"
	"net/http"

	"ginsession"

	"github.com/gin-gonic/gin"
)

func (s *server) badGinGetUserID(c *gin.Context) {
	me := ginsession.GetUserID(c)
	uid := c.Param("user_id")
	log.Printf("%s lists the notes of %s", me, uid)
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
